import { runProviderConformance } from '../kit/conformance/provider-conformance.js';
import { openAICompatibleConformance } from './openai-compatible-fixtures.js';

runProviderConformance(openAICompatibleConformance);
