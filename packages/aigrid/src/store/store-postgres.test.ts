import { describeStoreConformance } from '../../test/support/store/store-conformance.js';
import { postgresFixture } from '../../test/support/store/store-test-fixtures.js';

// No skip when PostgreSQL is down: CI and developer machines have it, so its absence must fail.
describeStoreConformance('postgres', postgresFixture);
