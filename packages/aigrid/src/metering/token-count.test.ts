import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadEncodings } from './token-count.js';

const require = createRequire(import.meta.url);
const loaded = (name: string) => require.resolve(`gpt-tokenizer/cjs/encoding/${name}`) in require.cache;

describe('loadEncodings', () => {
  it('loads each encoding the named models estimate with, once', () => {
    assert.deepEqual(loadEncodings(['gpt-4o-mini', 'claude-3-5-sonnet', 'llama3']), ['o200k_base']);
    assert.ok(loaded('o200k_base'));
    assert.deepEqual(loadEncodings(['gpt-4', 'gpt-4.1', 'text-embedding-3-small']).sort(), ['cl100k_base', 'o200k_base']);
    assert.ok(loaded('cl100k_base'));
    assert.deepEqual(loadEncodings([]), []);
  });
});
