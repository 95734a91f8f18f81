import { runProviderConformance } from '../kit/conformance/provider-conformance.js';
import { anthropicConformance } from './anthropic-fixtures.js';

runProviderConformance(anthropicConformance);
