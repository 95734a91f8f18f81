import type { Kysely, Migration } from 'kysely';
import type { StoreDialect } from '../database-types.js';

/**
 * First schema: virtual API keys and the request log. Column types are chosen to mean the same
 * thing in both dialects: `double precision` is REAL affinity in SQLite, and `streamed` is a real
 * boolean only where the engine has one.
 */
export function initialMigration(dialect: StoreDialect): Migration {
  return {
    // Migrations see the schema as it was at their time, not today's Database type.
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable('api_keys')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('name', 'text', (column) => column.notNull())
        .addColumn('tenant', 'text', (column) => column.notNull())
        .addColumn('prefix', 'text', (column) => column.notNull())
        .addColumn('hash', 'text', (column) => column.notNull().unique())
        .addColumn('models', 'text')
        .addColumn('created_at', 'text', (column) => column.notNull())
        .addColumn('revoked_at', 'text')
        .addColumn('updated_at', 'text', (column) => column.notNull())
        .execute();
      await db.schema.createIndex('api_keys_prefix_idx').on('api_keys').column('prefix').execute();
      await db.schema.createIndex('api_keys_tenant_idx').on('api_keys').column('tenant').execute();

      await db.schema
        .createTable('request_log')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('ts', 'bigint', (column) => column.notNull())
        .addColumn('key_id', 'text')
        .addColumn('tenant', 'text')
        .addColumn('model', 'text')
        .addColumn('provider', 'text')
        .addColumn('endpoint', 'text', (column) => column.notNull())
        .addColumn('status', 'integer', (column) => column.notNull())
        .addColumn('error_code', 'text')
        .addColumn('latency_ms', 'double precision', (column) => column.notNull())
        .addColumn('upstream_ms', 'double precision')
        .addColumn('input_tokens', 'integer')
        .addColumn('output_tokens', 'integer')
        .addColumn('streamed', dialect === 'postgres' ? 'boolean' : 'integer', (column) =>
          column.notNull(),
        )
        .execute();
      await db.schema
        .createIndex('request_log_tenant_ts_idx')
        .on('request_log')
        .columns(['tenant', 'ts'])
        .execute();
      await db.schema.createIndex('request_log_ts_idx').on('request_log').column('ts').execute();
    },
    async down(db: Kysely<any>): Promise<void> {
      await db.schema.dropTable('request_log').execute();
      await db.schema.dropTable('api_keys').execute();
    },
  };
}
