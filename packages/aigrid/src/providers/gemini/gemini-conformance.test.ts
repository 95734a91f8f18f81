import { runProviderConformance } from '../kit/conformance/provider-conformance.js';
import { geminiConformance } from './gemini-fixtures.js';

runProviderConformance(geminiConformance);
