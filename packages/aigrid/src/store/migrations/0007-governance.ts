import { sql, type CreateTableBuilder, type Kysely, type Migration } from 'kysely';
import type { StoreDialect } from '../database-types.js';

const TABLES = ['tenants', 'projects', 'budgets', 'limits'] as const;

/**
 * Tenants, projects, budgets and limits managed through the admin API and CLI (those declared in
 * aigrid.hcl are never stored). Every write to them bumps the one-row `governance_revision` in a
 * trigger, inside the writing statement, so gateways poll one cheap row to see any change —
 * deletes and edits made by another process or by hand included.
 *
 * Also indexes the audit log by action, so the gateway finds the last `config.load` entry at start
 * without reading the whole log.
 */
export function governanceMigration(dialect: StoreDialect): Migration {
  const stamps = (table: CreateTableBuilder<string, string>) =>
    table.addColumn('created_at', 'text', (column) => column.notNull()).addColumn('updated_at', 'text', (column) => column.notNull());
  return {
    async up(db: Kysely<any>): Promise<void> {
      await stamps(
        db.schema
          .createTable('tenants')
          .addColumn('name', 'text', (column) => column.primaryKey())
          .addColumn('display_name', 'text')
          // JSON array of region names; null means unrestricted.
          .addColumn('allowed_regions', 'text')
          // JSON object: card id → prices in micro-USD per million tokens.
          .addColumn('prices', 'text', (column) => column.notNull()),
      ).execute();
      await stamps(
        db.schema
          .createTable('projects')
          .addColumn('name', 'text', (column) => column.primaryKey())
          .addColumn('tenant', 'text', (column) => column.notNull()),
      ).execute();
      await db.schema.createIndex('projects_tenant_idx').on('projects').column('tenant').execute();
      // `hard` is 0/1 in both dialects: SQLite has no boolean and its driver cannot bind one.
      await stamps(
        db.schema
          .createTable('budgets')
          .addColumn('name', 'text', (column) => column.primaryKey())
          .addColumn('scope', 'text', (column) => column.notNull())
          .addColumn('period', 'text', (column) => column.notNull())
          .addColumn('amount_micros', 'bigint', (column) => column.notNull())
          .addColumn('hard', 'integer', (column) => column.notNull()),
      ).execute();
      await stamps(
        db.schema
          .createTable('limits')
          .addColumn('name', 'text', (column) => column.primaryKey())
          .addColumn('scope', 'text', (column) => column.notNull())
          .addColumn('requests_per_minute', 'bigint')
          .addColumn('tokens_per_minute', 'bigint')
          .addColumn('concurrent', 'bigint'),
      ).execute();
      await db.schema
        .createTable('governance_revision')
        .addColumn('id', 'integer', (column) => column.primaryKey())
        .addColumn('revision', 'bigint', (column) => column.notNull())
        .execute();
      await db.insertInto('governance_revision').values({ id: 1, revision: 0 }).execute();
      for (const statement of dialect === 'postgres' ? postgresTriggers() : sqliteTriggers()) await sql.raw(statement).execute(db);
      await db.schema.createIndex('audit_entries_action_idx').on('audit_entries').columns(['action', 'seq']).execute();
    },
    async down(db: Kysely<any>): Promise<void> {
      await db.schema.dropIndex('audit_entries_action_idx').execute();
      for (const table of TABLES) await db.schema.dropTable(table).execute();
      await db.schema.dropTable('governance_revision').execute();
      if (dialect === 'postgres') await sql.raw('DROP FUNCTION IF EXISTS governance_bump_revision()').execute(db);
    },
  };
}

const BUMP = 'UPDATE governance_revision SET revision = revision + 1 WHERE id = 1;';

// SQLite has row-level triggers only, one per table and operation.
function sqliteTriggers(): string[] {
  return TABLES.flatMap((table) =>
    ['INSERT', 'UPDATE', 'DELETE'].map((operation) => `CREATE TRIGGER ${table}_${operation.toLowerCase()}_revision AFTER ${operation} ON ${table} BEGIN ${BUMP} END`),
  );
}

// PostgreSQL: one statement-level trigger per table; search_path pinned like the ledger's.
function postgresTriggers(): string[] {
  return [
    `CREATE FUNCTION governance_bump_revision() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
     BEGIN ${BUMP} RETURN NULL; END $$`,
    ...TABLES.map((table) => `CREATE TRIGGER ${table}_revision AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION governance_bump_revision()`),
  ];
}
