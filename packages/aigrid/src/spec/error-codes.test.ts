import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ERROR_TABLE } from './error-codes.js';

const docs = readFileSync(new URL('../../../../docs/errors.md', import.meta.url), 'utf8');

function documentedCodes(): Map<string, { status: number; type: string }> {
  const rows = new Map<string, { status: number; type: string }>();
  for (const match of docs.matchAll(/^\| `([a-z_]+)` \| (\d{3}) \| ([a-z_]+) \|/gm)) {
    assert.ok(!rows.has(match[1]), `docs/errors.md lists ${match[1]} twice`);
    rows.set(match[1], { status: Number(match[2]), type: match[3] });
  }
  return rows;
}

test('every error code is documented with its status and type', () => {
  const documented = documentedCodes();
  for (const [code, { status, type }] of Object.entries(ERROR_TABLE)) {
    assert.deepEqual(documented.get(code), { status, type }, `docs/errors.md row for ${code}`);
  }
});

test('docs/errors.md lists no code the gateway does not have', () => {
  const extra = [...documentedCodes().keys()].filter((code) => !(code in ERROR_TABLE));
  assert.deepEqual(extra, []);
});
