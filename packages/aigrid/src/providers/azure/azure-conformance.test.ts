import { runProviderConformance } from '../kit/conformance/provider-conformance.js';
import { azureConformance } from './azure-fixtures.js';

runProviderConformance(azureConformance);
