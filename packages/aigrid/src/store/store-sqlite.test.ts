import { describeStoreConformance } from '../../test/support/store/store-conformance.js';
import { sqliteFixture } from '../../test/support/store/store-test-fixtures.js';

describeStoreConformance('sqlite', sqliteFixture);
