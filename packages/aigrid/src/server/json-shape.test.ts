import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GridError } from '../spec/grid-error.js';
import { checkJsonShape } from './json-shape.js';

const check = (text: string, keys = 3, depth = 3) => checkJsonShape(Buffer.from(text), keys, depth);
const refused = (text: string, pattern: RegExp, keys = 3, depth = 3) =>
  assert.throws(() => check(text, keys, depth), (error: unknown) => error instanceof GridError && error.code === 'invalid_request' && pattern.test(error.message));

test('bodies within the limits pass', () => {
  check('{"a":1,"b":{"c":[1,2,{"d":"x"}]}}', 4, 4);
  check('[[[]]]');
});

test('keys are counted across all objects', () => {
  refused('{"a":1,"b":{"c":2,"d":3}}', /more than 3 object keys/);
});

test('nesting deeper than the limit is refused', () => {
  refused('{"a":[[{"b":1}]]}', /more than 3 levels/);
});

test('colons, brackets and escaped quotes inside strings are not structure', () => {
  check('{"a:b":"[[[[{{{{:::","c\\":[[[[":"\\\\","d":"\\"{{{{"}', 3, 1);
});

test('invalid JSON is left to the parser', () => {
  check('{"a": "unterminated');
  check('}}}]]]');
});
