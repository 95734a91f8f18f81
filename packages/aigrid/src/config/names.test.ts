import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_NAME_LENGTH, nameProblem } from './names.js';
import { parseConfigText } from './load-config.js';
import { ConfigError } from './config-error.js';

describe('names', () => {
  test('each kind accepts its names and refuses others with the rule in words', () => {
    assert.equal(nameProblem('tenant', 'acme-2_b'), undefined);
    assert.equal(nameProblem('project', 'acme/web'), undefined);
    assert.equal(nameProblem('key', 'ci.deploy-1'), undefined);
    assert.equal(nameProblem('budget', 'Acme.Monthly-1'), undefined);
    assert.match(nameProblem('tenant', 'Bad Tenant!') ?? '', /^tenant names are lower-case letters, digits, - and _/);
    assert.match(nameProblem('tenant', 'acme/web') ?? '', /lower-case/);
    assert.match(nameProblem('project', 'web') ?? '', /<tenant>\/<project>/);
    assert.match(nameProblem('key', 'my key') ?? '', /^key names are letters, digits/);
    assert.match(nameProblem('limit', '-x') ?? '', /starting with a letter or digit/);
    assert.match(nameProblem('tenant', '') ?? '', /cannot be empty/);
    assert.match(nameProblem('tenant', 'a'.repeat(MAX_NAME_LENGTH + 1)) ?? '', /at most 100 characters/);
  });

  test('aigrid.hcl labels follow the same rules', async () => {
    const load = (text: string) => parseConfigText(text, 'aigrid.hcl', {});
    await load('tenant "acme" {}\nbudget "Acme.Monthly" {\n  scope  = "tenant:acme"\n  amount = 5\n}\n');
    for (const [text, pattern] of [
      ['tenant "Bad Tenant!" {}\n', /aigrid\.hcl:1:\d+: tenant "Bad Tenant!": the label is not a valid name: tenant names are lower-case/],
      ['tenant "acme" {}\nbudget "monthly budget" {\n  scope  = "tenant:acme"\n  amount = 5\n}\n', /budget "monthly budget": the label is not a valid name: budget names are/],
      ['tenant "acme" {}\nlimit "a/b" {\n  scope = "tenant:acme"\n  concurrent = 1\n}\n', /limit "a\/b": the label is not a valid name/],
    ] as const) {
      await assert.rejects(load(text), (error: unknown) => error instanceof ConfigError && pattern.test(error.format()), text);
    }
  });
});
