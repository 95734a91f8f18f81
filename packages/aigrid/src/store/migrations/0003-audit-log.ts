import type { Kysely, Migration } from 'kysely';

/**
 * The tamper-evident audit log (src/audit): entries hashed into an RFC 6962 Merkle tree, signed
 * checkpoints chained to each other, and a one-row head whose lock serialises appends so every
 * process gets the next seq with no gaps.
 */
export function auditLogMigration(): Migration {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable('audit_entries')
        .addColumn('seq', 'bigint', (column) => column.primaryKey())
        .addColumn('ts', 'text', (column) => column.notNull())
        .addColumn('actor', 'text', (column) => column.notNull())
        .addColumn('action', 'text', (column) => column.notNull())
        .addColumn('target', 'text', (column) => column.notNull())
        .addColumn('details', 'text', (column) => column.notNull())
        .addColumn('leaf_hash', 'text', (column) => column.notNull())
        .execute();
      await db.schema
        .createTable('audit_checkpoints')
        .addColumn('tree_size', 'bigint', (column) => column.primaryKey())
        .addColumn('root_hash', 'text', (column) => column.notNull())
        .addColumn('ts', 'text', (column) => column.notNull())
        .addColumn('previous_hash', 'text')
        .addColumn('signature', 'text', (column) => column.notNull())
        .addColumn('key_id', 'text', (column) => column.notNull())
        .addColumn('public_key', 'text', (column) => column.notNull())
        .addColumn('next_key_id', 'text')
        .execute();
      await db.schema
        .createTable('audit_head')
        .addColumn('id', 'integer', (column) => column.primaryKey())
        .addColumn('next_seq', 'bigint', (column) => column.notNull())
        .execute();
      await db.insertInto('audit_head').values({ id: 1, next_seq: 0 }).execute();
    },
    async down(db: Kysely<any>): Promise<void> {
      await db.schema.dropTable('audit_head').execute();
      await db.schema.dropTable('audit_checkpoints').execute();
      await db.schema.dropTable('audit_entries').execute();
    },
  };
}
