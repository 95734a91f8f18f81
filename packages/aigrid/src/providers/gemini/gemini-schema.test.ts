import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toGeminiSchema } from './gemini-schema.js';

test('unsupported keywords are dropped and named', () => {
  const { schema, dropped } = toGeminiSchema({
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'object',
    additionalProperties: false,
    properties: { tags: { type: 'array', items: { type: 'string', format: 'uri' }, uniqueItems: true } },
    required: ['tags'],
  });
  assert.deepEqual(schema, { type: 'object', properties: { tags: { type: 'array', items: { type: 'string' } } }, required: ['tags'] });
  assert.deepEqual(dropped, ['$schema', 'additionalProperties', 'format "uri"', 'uniqueItems']);
});

test('type unions, const and oneOf are rewritten to Gemini forms', () => {
  const { schema, dropped } = toGeminiSchema({
    type: 'object',
    properties: {
      note: { type: ['string', 'null'], description: 'optional' },
      id: { type: ['string', 'integer'] },
      kind: { const: 'fixed' },
      level: { enum: [1, 2] },
      when: { type: 'string', format: 'date-time' },
      choice: { oneOf: [{ type: 'string' }, { type: 'number' }] },
    },
  });
  assert.deepEqual(schema.properties, {
    note: { nullable: true, type: 'string', description: 'optional' },
    id: { anyOf: [{ type: 'string' }, { type: 'integer' }] },
    kind: { enum: ['fixed'] },
    level: {},
    when: { type: 'string', format: 'date-time' },
    choice: { anyOf: [{ type: 'string' }, { type: 'number' }] },
  });
  assert.deepEqual(dropped, ['enum', 'oneOf (sent as anyOf)']);
});

test('local $refs are inlined; recursive ones stop and are reported', () => {
  const { schema, dropped } = toGeminiSchema({
    type: 'object',
    properties: { address: { $ref: '#/$defs/Address', description: 'where' } },
    $defs: { Address: { type: 'object', properties: { city: { type: 'string' } } } },
  });
  assert.deepEqual(schema, { type: 'object', properties: { address: { type: 'object', properties: { city: { type: 'string' } }, description: 'where' } } });
  assert.deepEqual(dropped, []);
  const recursive = toGeminiSchema({
    type: 'object',
    properties: { node: { $ref: '#/definitions/Node' } },
    definitions: { Node: { type: 'object', properties: { child: { $ref: '#/definitions/Node' } } } },
  });
  assert.deepEqual(recursive.dropped, ['$ref']);
  assert.equal(toGeminiSchema({ $ref: 'https://example.com/s.json' }).dropped[0], '$ref');
});

test('empty properties maps are left out', () => {
  assert.deepEqual(toGeminiSchema({ type: 'object', properties: { meta: { type: 'object', properties: {} } } }).schema, {
    type: 'object',
    properties: { meta: { type: 'object' } },
  });
});
