import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileDictionary, compilePattern } from './custom-detectors.js';
import { spansFound, valuesFound } from '../../test/support/guard/detector-harness.js';
import { createClassifier } from './guard-classifier.js';

describe('user patterns', () => {
  it('compile once and mark every match with the pattern name', () => {
    const detector = compilePattern({ name: 'ticket', pattern: 'TCK-\\d{6}' });
    assert.deepEqual(valuesFound(detector, 'see TCK-000123 and TCK-999999'), ['TCK-000123', 'TCK-999999']);
    assert.deepEqual(spansFound(detector, 'TCK-000123')[0], { type: 'ticket', category: 'custom', start: 0, end: 10 });
  });

  it('honour flags and tolerate an explicit g', () => {
    assert.deepEqual(valuesFound(compilePattern({ name: 'case', pattern: 'acme-\\d+', flags: 'gi' }), 'ACME-7 acme-8'), ['ACME-7', 'acme-8']);
  });

  it('are independent across texts (no shared lastIndex)', () => {
    const detector = compilePattern({ name: 'n', pattern: 'x\\d' });
    assert.deepEqual(valuesFound(detector, 'x1 x2'), ['x1', 'x2']);
    assert.deepEqual(valuesFound(detector, 'x3'), ['x3']);
  });

  it('throw a clear error for an invalid regex, flag, name, or an empty match', () => {
    assert.throws(() => compilePattern({ name: 'bad', pattern: '([a-z' }), /guard pattern "bad": invalid regular expression \/\(\[a-z\/: .*/);
    assert.throws(() => compilePattern({ name: 'bad', pattern: 'a', flags: 'y' }), /unsupported flags "y"/);
    assert.throws(() => compilePattern({ name: '9lives', pattern: 'a' }), /name "9lives" is invalid/);
    assert.throws(() => compilePattern({ name: 'empty', pattern: 'a*' }), /matches the empty string/);
    assert.throws(() => createClassifier({ patterns: [{ name: 'x', pattern: '(' }] }), /guard pattern "x"/);
  });
});

describe('user dictionaries', () => {
  const detector = compileDictionary({ name: 'codename', terms: ['Falcon', 'Blue Heron', 'Nimbus-2', 'c++'] });

  it('match whole words case-insensitively, multi-word terms across any whitespace', () => {
    assert.deepEqual(valuesFound(detector, 'Project FALCON ships with blue\n heron and Nimbus-2; c++ too'), ['FALCON', 'blue\n heron', 'Nimbus-2', 'c++']);
  });

  it('do not match inside longer words', () => {
    assert.deepEqual(valuesFound(detector, 'falconry, Falcons, éfalcon, falcon_x, Nimbus-20'), []);
  });

  it('reject empty term lists and bad names', () => {
    assert.throws(() => compileDictionary({ name: 'none', terms: [' ', ''] }), /guard dictionary "none" has no terms/);
    assert.throws(() => compileDictionary({ name: 'a b', terms: ['x'] }), /name "a b" is invalid/);
  });

  it('names must not repeat or shadow a built-in detector', () => {
    assert.throws(() => createClassifier({ dictionaries: [{ name: 'email', terms: ['x'] }] }), /"email" is already used/);
    assert.throws(() => createClassifier({ patterns: [{ name: 'p', pattern: 'x' }], dictionaries: [{ name: 'p', terms: ['y'] }] }), /"p" is already used/);
  });
});
