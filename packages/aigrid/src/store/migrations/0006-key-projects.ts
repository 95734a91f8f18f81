import type { Kysely, Migration } from 'kysely';

/** Keys may belong to a project within their tenant (tenant → project → key). */
export function keyProjectsMigration(): Migration {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema.alterTable('api_keys').addColumn('project', 'text').execute();
    },
    async down(db: Kysely<any>): Promise<void> {
      await db.schema.alterTable('api_keys').dropColumn('project').execute();
    },
  };
}
