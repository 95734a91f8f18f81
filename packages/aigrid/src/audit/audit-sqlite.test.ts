import { describeAuditConformance } from '../../test/support/audit/audit-conformance.js';
import { describeAuditProcesses } from '../../test/support/audit/audit-process-conformance.js';
import { describeAuditTampering } from '../../test/support/audit/audit-tamper-conformance.js';
import { auditSqliteFixture } from '../../test/support/audit/audit-test-fixtures.js';

describeAuditConformance('sqlite', auditSqliteFixture);
describeAuditTampering('sqlite', auditSqliteFixture);
describeAuditProcesses('sqlite', auditSqliteFixture);
