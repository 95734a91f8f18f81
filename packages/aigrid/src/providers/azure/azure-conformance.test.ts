import { runProviderConformance } from '../../../test/support/providers/provider-conformance.js';
import { azureConformance } from './azure-fixtures.js';

runProviderConformance(azureConformance);
