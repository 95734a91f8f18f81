import type { Kysely, Migration } from 'kysely';

/** Provider API keys stored through the admin API, AES-256-GCM sealed (see src/secrets). */
export function providerSecretsMigration(): Migration {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable('provider_secrets')
        .addColumn('provider', 'text', (column) => column.primaryKey())
        .addColumn('ciphertext', 'text', (column) => column.notNull())
        .addColumn('key_id', 'text', (column) => column.notNull())
        .addColumn('updated_at', 'text', (column) => column.notNull())
        .execute();
    },
    async down(db: Kysely<any>): Promise<void> {
      await db.schema.dropTable('provider_secrets').execute();
    },
  };
}
