import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { GovernanceKind } from './config-types.js';
import { buildGovernanceObject, governanceAttributes, governanceNameProblem, GOVERNANCE_FIELDS } from './governance-input.js';
import { parseConfigText } from './load-config.js';

const HCL = `
tenant "acme" {
  display_name    = "Acme"
  allowed_regions = ["eu"]
  prices = {
    "openai/gpt-4o" = { input = 2.5, cached_input = 1.25, output = 10 }
  }
}
tenant "globex" {}
project "acme/web" {
  tenant = "acme"
}
budget "acme-monthly" {
  scope  = "tenant:acme"
  amount = 500.000001
  period = "month"
  hard   = false
}
limit "web-rate" {
  scope               = "project:acme/web"
  requests_per_minute = 600
  concurrent          = 5
}
`;

describe('governance objects from attributes', () => {
  it('are built exactly as the same blocks in aigrid.hcl, and their attributes round-trip', async () => {
    const config = await parseConfigText(HCL, 'aigrid.hcl', {});
    for (const kind of Object.keys(GOVERNANCE_FIELDS) as GovernanceKind[]) {
      for (const value of Object.values(config[GOVERNANCE_FIELDS[kind]])) {
        const attributes = governanceAttributes(kind, value);
        assert.deepEqual(buildGovernanceObject(kind, value.name, attributes, config), { ok: true, value }, `${kind} ${value.name}`);
      }
    }
    assert.deepEqual(governanceAttributes('budget', config.budgets['acme-monthly']), { scope: 'tenant:acme', amount: 500.000001, period: 'month', hard: false });
  });

  it('apply the blocks’ defaults', () => {
    const references = { tenants: { acme: { name: 'acme', prices: {} } }, projects: {} };
    assert.deepEqual(buildGovernanceObject('budget', 'b', { scope: 'tenant:acme', amount: 1 }, references), {
      ok: true,
      value: { name: 'b', scope: 'tenant:acme', amountMicros: 1_000_000, period: 'month', hard: true },
    });
  });

  const references = { tenants: { acme: { name: 'acme', prices: {} } }, projects: { 'acme/web': { name: 'acme/web', tenant: 'acme' } } };
  const BAD: Array<[GovernanceKind, string, unknown, string, RegExp]> = [
    ['tenant', 'Acme', {}, 'name', /lower-case/],
    ['tenant', 'acme2', { colour: 'red' }, 'colour', /Unrecognized key/],
    ['tenant', 'acme2', { allowed_regions: [] }, 'allowed_regions', /.+/],
    ['tenant', 'acme2', { prices: { 'gpt-4o': { input: 1 } } }, 'prices.gpt-4o', /catalog card ids/],
    ['tenant', 'acme2', { prices: { 'openai/gpt-4o': { input: -1 } } }, 'prices.openai/gpt-4o.input', /.+/],
    ['project', 'web', { tenant: 'acme' }, 'name', /<tenant>\/<project>/],
    ['project', 'acme/api', { tenant: 'globex' }, 'tenant', /disagree/],
    ['project', 'initech/api', { tenant: 'initech' }, 'tenant', /tenant "initech" is not declared/],
    ['budget', 'b', { scope: 'team:acme', amount: 1 }, 'scope', /must be tenant:<t>/],
    ['budget', 'b', { scope: 'tenant:acme', amount: -1 }, 'amount', /.+/],
    ['budget', 'b', { scope: 'tenant:acme', amount: '5' }, 'amount', /number/],
    ['budget', 'b', { scope: 'tenant:acme', amount: 1, period: 'year' }, 'period', /.+/],
    ['budget', 'b', { scope: 'tenant:acme', amount: 1, hard: 'yes' }, 'hard', /.+/],
    ['budget', 'b', { amount: 1 }, 'scope', /.+/],
    ['budget', 'b', { scope: 'tenant:acmee', amount: 1 }, 'scope', /tenant "acmee" is not declared \(did you mean "acme"\?\)/],
    ['budget', 'b', { scope: 'project:acme/api', amount: 1 }, 'scope', /project "acme\/api" is not declared/],
    ['budget', 'b c', { scope: 'tenant:acme', amount: 1 }, 'name', /letters, digits/],
    ['limit', 'l', { scope: 'tenant:acme' }, 'requests_per_minute', /at least one of/],
    ['limit', 'l', { scope: 'tenant:acme', requests_per_minute: 0 }, 'requests_per_minute', /.+/],
    ['limit', 'l', { scope: 'tenant:acme', tokens_per_minute: 1.5 }, 'tokens_per_minute', /.+/],
    ['limit', 'x'.repeat(101), { scope: 'tenant:acme', concurrent: 1 }, 'name', /at most 100/],
  ];
  for (const [kind, name, attributes, path, message] of BAD) {
    it(`refuse a ${kind} ${JSON.stringify(attributes)} named ${name.slice(0, 20)} (${path})`, () => {
      const result = buildGovernanceObject(kind, name, attributes, references);
      assert.equal(result.ok, false);
      if (result.ok) return;
      assert.equal(result.issue.path.join('.'), path);
      assert.match(result.issue.message, message);
    });
  }

  it('name rules follow what scopes can name', () => {
    assert.equal(governanceNameProblem('tenant', 'acme-2_b'), undefined);
    assert.equal(governanceNameProblem('project', 'acme/web'), undefined);
    assert.equal(governanceNameProblem('budget', 'Acme.Monthly-1'), undefined);
    assert.match(governanceNameProblem('tenant', 'acme/web') ?? '', /lower-case/);
  });
});
