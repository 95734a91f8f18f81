import { addExcluded, ROLLUP_COLUMNS, ROLLUP_KEY } from '../store/migrations/0004-ledger.js';

const HOUR_WIDTH_MS = 3_600_000;
const DAY_WIDTH_MS = 86_400_000;

/**
 * SQLite: adds a batch's newly inserted events to their hourly and daily rollup rows in one
 * grouped upsert. Its one parameter is the JSON array of those events' ids, so a replayed event
 * (skipped by `ON CONFLICT (id) DO NOTHING`) adds nothing. Run in the batch's own transaction, it
 * keeps the rollups moving exactly when event rows are created, as PostgreSQL's statement trigger does.
 */
export const SQLITE_ROLLUP_UPSERT = `
  INSERT INTO usage_rollups (${ROLLUP_COLUMNS})
  SELECT g.granularity, e.tenant, e.ts - e.ts % g.width, COALESCE(e.project, ''), e.key_id, e.model,
         count(*), sum(e.input_tokens), sum(e.output_tokens), sum(e.cost_micros),
         sum(e.source <> 'reported'), sum(NOT e.complete)
  FROM json_each(?) AS j
  JOIN usage_events AS e ON e.id = j.value
  CROSS JOIN (SELECT 'hour' AS granularity, ${HOUR_WIDTH_MS} AS width UNION ALL SELECT 'day', ${DAY_WIDTH_MS}) AS g
  WHERE true
  GROUP BY g.granularity, e.tenant, e.ts - e.ts % g.width, COALESCE(e.project, ''), e.key_id, e.model
  ON CONFLICT (${ROLLUP_KEY}) DO UPDATE SET ${addExcluded('usage_rollups')}`;
