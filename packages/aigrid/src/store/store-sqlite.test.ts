import { describeStoreConformance } from './store-conformance.js';
import { sqliteFixture } from './store-test-fixtures.js';

describeStoreConformance('sqlite', sqliteFixture);
