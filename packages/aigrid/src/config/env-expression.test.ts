import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluateString } from './env-expression.js';

const env = { KEY: 'secret', EMPTY: '' };

describe('evaluateString', () => {
  it('leaves plain text alone and unescapes $${ and %%{', () => {
    assert.deepEqual(evaluateString('plain', env), { ok: true, value: 'plain', unset: [] });
    assert.deepEqual(evaluateString('a $${b} %%{c}', env), { ok: true, value: 'a ${b} %{c}', unset: [] });
  });

  it('reads env("NAME") alone and inside templates', () => {
    assert.deepEqual(evaluateString('${env("KEY")}', env), { ok: true, value: 'secret', unset: [] });
    assert.deepEqual(evaluateString('Bearer ${ env( "KEY" ) }!', env), { ok: true, value: 'Bearer secret!', unset: [] });
  });

  it('uses the default for unset or empty variables', () => {
    assert.deepEqual(evaluateString('${env("MISSING", "d")}', env), { ok: true, value: 'd', unset: [] });
    assert.deepEqual(evaluateString('${env("EMPTY", "d")}', env), { ok: true, value: 'd', unset: [] });
    assert.deepEqual(evaluateString('x${env("MISSING", "")}y', env), { ok: true, value: 'xy', unset: [] });
  });

  it('makes the whole string unset when a variable without default is unset', () => {
    assert.deepEqual(evaluateString('Bearer ${env("MISSING")}', env), { ok: true, value: undefined, unset: ['MISSING'] });
  });

  it('unescapes string arguments', () => {
    assert.deepEqual(evaluateString('${env("MISSING", "a\\"b")}', env), { ok: true, value: 'a"b', unset: [] });
  });

  it('refuses every other expression', () => {
    for (const text of ['${var.key}', '${upper("x")}', '${env(KEY)}', '${env("A", "b", "c")}', '${1 + 2}', '%{if true}x%{endif}']) {
      const result = evaluateString(text, env);
      assert.equal(result.ok, false, text);
      if (!result.ok) assert.match(result.message, /only env\("NAME"\) and env\("NAME", "default"\) are supported/);
    }
  });
});
