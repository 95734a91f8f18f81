import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { countJournalLines, readJournalSegment } from './journal-segments.js';
import { mmapBinding, openSegmentFile, type MmapBinding } from './mapped-segment.js';
import { runNodeScript } from '../../test/support/store/store-test-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'aigrid-mapped-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let sequence = 0;
const segmentPath = () => join(dir, `test-0000000000001-0000001-${String(++sequence).padStart(9, '0')}.jsonl`);
const asIs = (value: unknown) => value;
const lineOf = (value: unknown) => `${JSON.stringify(value)}\n`;
// The smallest chunk that is a whole number of pages on every Linux page size (4 to 64 KiB).
const CHUNK = 64 * 1024;
const fail = (message: string): never => {
  throw new Error(message);
};

describe('mapped journal segments', () => {
  it('are what Linux uses (the optional native package built)', { skip: process.platform !== 'linux' }, () => {
    assert.ok(mmapBinding(), 'on Linux @riaskov/mmap-io must load; set AIGRID_JOURNAL_MMAP=off only to test without it');
    const file = openSegmentFile(segmentPath());
    assert.equal(file.kind, 'mapped');
    file.close();
  });

  it('hold what was appended while open, and exactly that once closed', { skip: !mmapBinding() }, () => {
    const path = segmentPath();
    const entries = [{ id: 'a', text: 'plain' }, { id: 'b', text: 'café ☕ 日本語' }, { id: 'c', text: '🙂'.repeat(50) }];
    const file = openSegmentFile(path, { chunkBytes: CHUNK });
    file.append(lineOf(entries[0]));
    file.append(entries.slice(1).map(lineOf).join(''));
    // Open, the file is a whole chunk with zeros after the lines: readers drop them.
    assert.equal(statSync(path).size, CHUNK);
    assert.deepEqual(readJournalSegment(path, asIs), { entries, corruptLines: 0 });
    assert.equal(countJournalLines(path), 3);
    file.close();
    assert.equal(readFileSync(path, 'utf8'), entries.map(lineOf).join(''));
  });

  it('grow across chunks, with multi-byte text split at a boundary and a text longer than two chunks', { skip: !mmapBinding() }, () => {
    const path = segmentPath();
    const file = openSegmentFile(path, { chunkBytes: CHUNK });
    const expected: unknown[] = [];
    const append = (value: unknown) => {
      expected.push(value);
      file.append(lineOf(value));
    };
    // ~1 KiB lines of 3-byte characters: some land on a chunk boundary mid-character.
    for (let n = 0; n < 150; n += 1) append({ n, text: '日本語'.repeat(110 + (n % 7)) });
    append({ big: 'x'.repeat(CHUNK * 2 + 123) });
    append({ after: true });
    file.close();
    assert.equal(readFileSync(path, 'utf8'), expected.map(lineOf).join(''));
    assert.deepEqual(readJournalSegment(path, asIs).entries, expected);
  });

  it('survive kill -9 of the process appending to them, a torn line aside', { skip: !mmapBinding() }, async () => {
    const path = segmentPath();
    const child = `
      import { openSegmentFile } from '{{store}}/mapped-segment.ts';
      const file = openSegmentFile(process.argv[2], { chunkBytes: ${CHUNK} });
      if (file.kind !== 'mapped') throw new Error('not mapped');
      for (let n = 0; n < 500; n += 1) file.append(JSON.stringify({ n, text: 'z'.repeat(n) }) + '\\n');
      file.append('{"torn":');
      process.kill(process.pid, 'SIGKILL');`;
    const outcome = await runNodeScript(child, [path]);
    assert.equal(outcome.signal, 'SIGKILL', outcome.stderr);
    const { entries, corruptLines } = readJournalSegment(path, asIs);
    assert.equal(corruptLines, 0);
    assert.deepEqual(entries, Array.from({ length: 500 }, (_, n) => ({ n, text: 'z'.repeat(n) })));
    assert.equal(countJournalLines(path), 501);
  });

  it('fall back to write() when the first chunk cannot be mapped or pre-faulted, leaving no reserved zeros', { skip: !mmapBinding() }, () => {
    const real = mmapBinding()!;
    const failing: Array<[string, MmapBinding]> = [
      ['map', { ...real, map: () => fail('mmap() failed') }],
      ['advise', { ...real, advise: () => fail('madvise() failed, 28') }],
    ];
    for (const [step, binding] of failing) {
      const path = segmentPath();
      const file = openSegmentFile(path, { binding, chunkBytes: CHUNK });
      assert.equal(file.kind, 'written', step);
      file.append(lineOf({ step }));
      file.close();
      assert.equal(readFileSync(path, 'utf8'), lineOf({ step }), step);
    }
  });

  it('throw without a torn line when a later chunk cannot be mapped, and close to what was appended', { skip: !mmapBinding() }, () => {
    const real = mmapBinding()!;
    let maps = 0;
    // The second chunk's mapping fails, as a full disk fails its pre-faulting.
    const map: MmapBinding['map'] = (...args) => {
      maps += 1;
      if (maps > 1) throw new Error('madvise() failed, 28');
      return real.map(...args);
    };
    const binding: MmapBinding = { ...real, map };
    const path = segmentPath();
    const file = openSegmentFile(path, { binding, chunkBytes: CHUNK });
    assert.equal(file.kind, 'mapped');
    const first = lineOf({ n: 1, text: 'a'.repeat(CHUNK / 2) });
    file.append(first);
    assert.throws(() => file.append(lineOf({ n: 2, text: 'b'.repeat(CHUNK) })), /madvise/);
    file.close();
    assert.equal(readFileSync(path, 'utf8'), first);
  });

  it('are written with write() when mapping is off or the name is taken', () => {
    const path = segmentPath();
    const written = openSegmentFile(path, { binding: null });
    assert.equal(written.kind, 'written');
    written.append(lineOf({ n: 1 }));
    written.close();
    // An existing file is appended to, never truncated.
    const again = openSegmentFile(path);
    assert.equal(again.kind, 'written');
    again.append(lineOf({ n: 2 }));
    again.close();
    assert.equal(readFileSync(path, 'utf8'), `${lineOf({ n: 1 })}${lineOf({ n: 2 })}`);
  });

  it('count zeros before the end of a segment as damage, not as its end', () => {
    const path = segmentPath();
    writeFileSync(path, Buffer.concat([Buffer.from(lineOf({ n: 1 })), Buffer.alloc(16), Buffer.from(`\n${lineOf({ n: 2 })}`), Buffer.alloc(64)]));
    assert.deepEqual(readJournalSegment(path, asIs), { entries: [{ n: 1 }, { n: 2 }], corruptLines: 1 });
  });
});
