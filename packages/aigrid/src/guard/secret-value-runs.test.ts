import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seededRandom } from '../../test/support/guard/seeded-random.js';
import { nextSecretRun, type TextRun } from './secret-value-runs.js';
import { secretScore } from './secret-value.js';

function runsOf(text: string): string[] {
  const found: string[] = [];
  const run: TextRun = { start: 0, end: 0 };
  for (let from = 0; nextSecretRun(text, from, run); from = run.end + 1) found.push(text.slice(run.start, run.end));
  return found;
}

// Every substring of a run that secretScore takes, by brute force (short texts only).
function scoredSubstrings(run: string): boolean {
  for (let start = 0; start < run.length; start++) {
    for (let end = start + 12; end <= run.length; end++) if (secretScore(run.slice(start, end)) > 0) return true;
  }
  return false;
}

describe('secret value runs', () => {
  it('finds the long runs with the mix of a token or typed password, and skips the rest', () => {
    assert.deepEqual(runsOf('key: a8f3K2m9Qx7Lp4Zr1Vt6 and more'), ['a8f3K2m9Qx7Lp4Zr1Vt6']);
    assert.deepEqual(runsOf('pw\tWq7!rT.v~2zK-pL\nnext'), ['Wq7!rT.v~2zK-pL']);
    assert.deepEqual(runsOf('"DB_PASSWORD=abc123def456ghi789"'), ['"DB_PASSWORD=abc123def456ghi789"']);
    assert.deepEqual(runsOf('internationalization and reconfiguration-heavy words, 2024-05-01'), []);
    assert.deepEqual(runsOf('eleven char a1B2c3D4e5F run'), []);
    assert.deepEqual(runsOf(''), []);
  });

  it('misses no run holding a value secretScore takes (random texts)', () => {
    const random = seededRandom(4242);
    const alphabet = 'aB3 \t\n!~._-/="é@,:%xyZ9aB3cD4eF5';
    let checked = 0;
    for (let round = 0; round < 3000; round++) {
      const text = random.chars(alphabet, random.int(0, 80));
      const found = new Set(runsOf(text));
      for (const run of text.split(/[ \t\n]/)) {
        if (run.length >= 12 && scoredSubstrings(run)) {
          checked++;
          assert.ok(found.has(run), JSON.stringify(text));
        }
      }
    }
    assert.ok(checked > 500, `only ${checked} runs held a value`);
  });
});
