import { describeAuditConformance } from '../../test/support/audit/audit-conformance.js';
import { describeAuditProcesses } from '../../test/support/audit/audit-process-conformance.js';
import { describeAuditTampering } from '../../test/support/audit/audit-tamper-conformance.js';
import { auditPostgresFixture } from '../../test/support/audit/audit-test-fixtures.js';

// No skip when PostgreSQL is down: CI and developer machines have it, so its absence must fail.
describeAuditConformance('postgres', auditPostgresFixture);
describeAuditTampering('postgres', auditPostgresFixture);
describeAuditProcesses('postgres', auditPostgresFixture);
