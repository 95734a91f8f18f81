import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { appendJournalLines, closeJournalSegment, openJournalSegment, readJournalSegment } from './journal-segments.js';

describe('journal segments', () => {
  it('appends ASCII and multi-byte lines whole, and reads them back in order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aigrid-segments-'));
    try {
      const path = join(dir, 'test-0000000000001-0000001-000000001.jsonl');
      const fd = openJournalSegment(path);
      const entries = [{ id: 'a', text: 'plain' }, { id: 'b', text: 'café ☕ 日本語' }, { id: 'c', text: '🙂'.repeat(50) }];
      appendJournalLines(fd, entries.slice(0, 1));
      appendJournalLines(fd, entries.slice(1));
      closeJournalSegment(fd);
      const raw = readFileSync(path, 'utf8');
      assert.equal(raw, `${entries.map((entry) => JSON.stringify(entry)).join('\n')}\n`);
      assert.deepEqual(readJournalSegment(path, (value) => value as (typeof entries)[number]), { entries, corruptLines: 0 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
