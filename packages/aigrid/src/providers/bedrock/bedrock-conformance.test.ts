import { runProviderConformance } from '../../../test/support/providers/provider-conformance.js';
import { bedrockConformance } from './bedrock-fixtures.js';

runProviderConformance(bedrockConformance);
