import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { openStore } from '../store/open-store.js';
import { SQLITE_ROLLUP_UPSERT } from './ledger-rollups.js';

// The batch roll-up joins the batch's ids to usage_events: by primary key, or every batch would
// scan the whole ledger and slow down as it grows.
test('the SQLite batch roll-up finds its events by primary key, not by scanning the ledger', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'aigrid-rollup-plan-'));
  try {
    const path = join(dir, 'ledger.db');
    await (await openStore(`sqlite:${path}`)).close();
    const handle = new BetterSqlite3(path, { readonly: true });
    try {
      const plan = handle.prepare(`EXPLAIN QUERY PLAN ${SQLITE_ROLLUP_UPSERT}`).all('[]') as Array<{ detail: string }>;
      const details = plan.map((step) => step.detail);
      assert.ok(details.some((detail) => /^SEARCH e USING (INDEX|PRIMARY KEY).*\(id=\?\)/.test(detail)), details.join('\n'));
      assert.ok(!details.some((detail) => /^SCAN e\b/.test(detail)), details.join('\n'));
    } finally {
      handle.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
