import { runProviderConformance } from '../kit/conformance/provider-conformance.js';
import { bedrockConformance } from './bedrock-fixtures.js';

runProviderConformance(bedrockConformance);
