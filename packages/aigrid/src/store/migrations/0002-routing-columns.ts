import type { Kysely, Migration } from 'kysely';

/** Routing and privacy facts per request: the deployment that answered, attempts, policy, guard hits. */
export function routingColumnsMigration(): Migration {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema.alterTable('request_log').addColumn('deployment', 'text').execute();
      await db.schema.alterTable('request_log').addColumn('attempts', 'integer').execute();
      await db.schema.alterTable('request_log').addColumn('policy', 'text').execute();
      // JSON list of {type, count}: detector types and counts, never the values.
      await db.schema.alterTable('request_log').addColumn('guard_findings', 'text').execute();
    },
    async down(db: Kysely<any>): Promise<void> {
      for (const column of ['guard_findings', 'policy', 'attempts', 'deployment']) {
        await db.schema.alterTable('request_log').dropColumn(column).execute();
      }
    },
  };
}
