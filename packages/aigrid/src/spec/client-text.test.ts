import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clipClient, MAX_QUOTED_CHARS, quoteClient } from './client-text.js';

test('short client values are quoted whole', () => {
  assert.equal(quoteClient('gpt-4o'), "'gpt-4o'");
  assert.equal(quoteClient(42), "'42'");
});

test('long client values are cut to a prefix ending in …', () => {
  const quoted = quoteClient('m'.repeat(1_000_000));
  assert.equal(quoted, `'${'m'.repeat(MAX_QUOTED_CHARS)}…'`);
  assert.equal(clipClient('abcdef', 3), 'abc…');
});

test('control characters are escaped, so a message stays one line', () => {
  assert.equal(clipClient('a\nb\u0000c'), 'a\\u000ab\\u0000c');
});
