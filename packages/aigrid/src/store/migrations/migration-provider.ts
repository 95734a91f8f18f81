import type { Migration, MigrationProvider } from 'kysely';
import type { StoreDialect } from '../database-types.js';
import { initialMigration } from './0001-initial.js';
import { routingColumnsMigration } from './0002-routing-columns.js';
import { auditLogMigration } from './0003-audit-log.js';
import { ledgerMigration } from './0004-ledger.js';
import { providerSecretsMigration } from './0005-provider-secrets.js';
import { keyProjectsMigration } from './0006-key-projects.js';
import { governanceMigration } from './0007-governance.js';
import { sqliteBatchRollupsMigration } from './0008-sqlite-batch-rollups.js';

/**
 * Migrations are defined in code rather than read from disk so they survive bundling and need no
 * path resolution at run time. Kysely applies them in name order; never rename or edit a
 * released one, add the next number instead.
 */
export function createMigrationProvider(dialect: StoreDialect): MigrationProvider {
  const migrations: Record<string, Migration> = {
    '0001-initial': initialMigration(dialect),
    '0002-routing-columns': routingColumnsMigration(),
    '0003-audit-log': auditLogMigration(),
    '0004-ledger': ledgerMigration(dialect),
    '0005-provider-secrets': providerSecretsMigration(),
    '0006-key-projects': keyProjectsMigration(),
    '0007-governance': governanceMigration(dialect),
    '0008-sqlite-batch-rollups': sqliteBatchRollupsMigration(dialect),
  };
  return { getMigrations: async () => migrations };
}
