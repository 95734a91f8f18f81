import { runProviderConformance } from '../../../test/support/providers/provider-conformance.js';
import { anthropicConformance } from './anthropic-fixtures.js';

runProviderConformance(anthropicConformance);
