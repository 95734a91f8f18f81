import { describeAuditConformance } from './audit-conformance.js';
import { describeAuditProcesses } from './audit-process-conformance.js';
import { describeAuditTampering } from './audit-tamper-conformance.js';
import { auditPostgresFixture } from './audit-test-fixtures.js';

// No skip when PostgreSQL is down: CI and developer machines have it, so its absence must fail.
describeAuditConformance('postgres', auditPostgresFixture);
describeAuditTampering('postgres', auditPostgresFixture);
describeAuditProcesses('postgres', auditPostgresFixture);
