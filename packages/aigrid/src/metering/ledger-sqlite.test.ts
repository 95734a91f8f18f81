import { sqliteFixture } from '../store/store-test-fixtures.js';
import { describeLedgerConformance } from './ledger-conformance.js';

describeLedgerConformance('sqlite', sqliteFixture);
