import { postgresFixture } from '../store/store-test-fixtures.js';
import { describeLedgerConformance } from './ledger-conformance.js';

// No skip when PostgreSQL is down: CI and developer machines have it, so its absence must fail.
describeLedgerConformance('postgres', postgresFixture);
