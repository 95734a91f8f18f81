import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateHeaderValue } from 'node:http';
import { z } from 'zod';
import { GridError } from '../spec/grid-error.js';
import { validate, warningsHeader } from './http-io.js';

test('warnings header: distinct, at most ten, short, and always a valid header value', () => {
  const many = Array.from({ length: 5000 }, (_, i) => `Tool type '${'工'.repeat(10_000)}${i}\n' was dropped.`);
  const header = warningsHeader([...many, ...many]);
  assert.doesNotThrow(() => validateHeaderValue('x-aigrid-warnings', header));
  assert.ok(header.length < 4_000, `${header.length} characters`);
  assert.match(header, /and 4990 more$/);
  assert.equal(warningsHeader(['a', 'a', 'b']), 'a; b');
});

test('validation errors quote a long field path as a short prefix', () => {
  const schema = z.object({ metadata: z.record(z.string(), z.string()) });
  const key = 'k'.repeat(100_000);
  assert.throws(
    () => validate(schema, { metadata: { [key]: 1 } }),
    (error: unknown) => error instanceof GridError && error.param!.length <= 101 && error.message.length < 500,
  );
});
