import { runProviderConformance } from '../../../test/support/providers/provider-conformance.js';
import { openAICompatibleConformance } from './openai-compatible-fixtures.js';

runProviderConformance(openAICompatibleConformance);
