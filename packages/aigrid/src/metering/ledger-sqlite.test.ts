import { sqliteFixture } from '../../test/support/store/store-test-fixtures.js';
import { describeLedgerConformance } from '../../test/support/metering/ledger-conformance.js';

describeLedgerConformance('sqlite', sqliteFixture);
