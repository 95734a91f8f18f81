import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalBytes, canonicalJson } from './canonical-json.js';

describe('canonicalJson', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    assert.equal(canonicalJson({ b: 1, a: { d: [3, { z: null, y: true }], c: 'x' } }), '{"a":{"c":"x","d":[3,{"y":true,"z":null}]},"b":1}');
  });

  it('gives equal values equal bytes whatever the key order', () => {
    assert.deepEqual(canonicalBytes({ x: 1, y: [1, 2] }), canonicalBytes({ y: [1, 2], x: 1 }));
  });

  it('sorts by UTF-16 code units and escapes as JSON.stringify does', () => {
    assert.equal(canonicalJson({ é: 1, Z: 2, a: 3, '': 4 }), '{"":4,"Z":2,"a":3,"é":1}');
    assert.equal(canonicalJson('line\n"quoted" \u2028 ✓'), JSON.stringify('line\n"quoted" \u2028 ✓'));
  });

  it('writes numbers in their shortest round-trip form, -0 as 0', () => {
    assert.equal(canonicalJson([1e21, 0.1, -0, 5e-7, 100]), '[1e+21,0.1,0,5e-7,100]');
  });

  it('leaves out undefined object members, like JSON.stringify', () => {
    assert.equal(canonicalJson({ a: undefined, b: 1 }), '{"b":1}');
  });

  it('refuses what JSON cannot carry faithfully', () => {
    for (const value of [Number.NaN, Infinity, 1n, () => 1, new Date(0), new Map(), [undefined], { nested: { bad: Symbol('s') } }]) {
      assert.throws(() => canonicalJson(value), TypeError, String(value));
    }
    assert.throws(() => canonicalJson({ deep: [1, { at: Infinity }] }), /\$\.deep\[1\]\.at/);
  });

  it('accepts objects without a prototype', () => {
    const bare = Object.assign(Object.create(null), { k: 'v' });
    assert.equal(canonicalJson(bare), '{"k":"v"}');
  });
});
