import { postgresFixture } from '../../test/support/store/store-test-fixtures.js';
import { describeLedgerConformance } from '../../test/support/metering/ledger-conformance.js';

// No skip when PostgreSQL is down: CI and developer machines have it, so its absence must fail.
describeLedgerConformance('postgres', postgresFixture);
