import { describeAuditConformance } from './audit-conformance.js';
import { describeAuditProcesses } from './audit-process-conformance.js';
import { describeAuditTampering } from './audit-tamper-conformance.js';
import { auditSqliteFixture } from './audit-test-fixtures.js';

describeAuditConformance('sqlite', auditSqliteFixture);
describeAuditTampering('sqlite', auditSqliteFixture);
describeAuditProcesses('sqlite', auditSqliteFixture);
