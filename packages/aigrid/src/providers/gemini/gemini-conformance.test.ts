import { runProviderConformance } from '../../../test/support/providers/provider-conformance.js';
import { geminiConformance } from './gemini-fixtures.js';

runProviderConformance(geminiConformance);
