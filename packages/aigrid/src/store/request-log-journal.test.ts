import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { appendEntry, closeSegment, listSegments, openSegment, readSegment, segmentFileName } from './request-log-journal.js';
import { sampleLogEntry } from '../../test/support/store/store-test-fixtures.js';

describe('request log journal', () => {
  const dir = mkdtempSync(join(tmpdir(), 'aigrid-journal-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('names segments so that they sort by creation time', () => {
    const names = [
      segmentFileName(1_700_000_000_123, 42, 10),
      segmentFileName(999, 7, 2),
      segmentFileName(1_700_000_000_123, 42, 9),
    ];
    assert.deepEqual([...names].sort(), [names[1], names[2], names[0]]);
    for (const name of names) writeFileSync(join(dir, name), '');
    writeFileSync(join(dir, 'notes.txt'), 'not a segment');
    assert.deepEqual(listSegments(dir), [names[1], names[2], names[0]].map((name) => join(dir, name)));
    for (const name of readdirSync(dir)) rmSync(join(dir, name));
  });

  it('appends entries that read back intact', () => {
    const path = join(dir, segmentFileName(1, 1, 1));
    const entries = [sampleLogEntry(), sampleLogEntry({ inputTokens: null, streamed: true })];
    const fd = openSegment(path);
    for (const entry of entries) appendEntry(fd, entry);
    closeSegment(fd);
    assert.deepEqual(readSegment(path), { entries, corruptLines: 0 });
  });

  it('skips a torn last line silently', () => {
    const path = join(dir, segmentFileName(1, 1, 2));
    const whole = sampleLogEntry();
    const torn = JSON.stringify(sampleLogEntry()).slice(0, 40);
    writeFileSync(path, `${JSON.stringify(whole)}\n${torn}`);
    assert.deepEqual(readSegment(path), { entries: [whole], corruptLines: 0 });
  });

  it('keeps a complete last entry that only lost its newline', () => {
    const path = join(dir, segmentFileName(1, 1, 3));
    const [first, last] = [sampleLogEntry(), sampleLogEntry()];
    writeFileSync(path, `${JSON.stringify(first)}\n${JSON.stringify(last)}`);
    assert.deepEqual(readSegment(path).entries, [first, last]);
  });

  it('counts damaged lines in the middle', () => {
    const path = join(dir, segmentFileName(1, 1, 4));
    const [first, last] = [sampleLogEntry(), sampleLogEntry()];
    writeFileSync(path, `${JSON.stringify(first)}\n{"garbage\n\n{"id":3}\n${JSON.stringify(last)}\n`);
    assert.deepEqual(readSegment(path), { entries: [first, last], corruptLines: 2 });
  });
});
