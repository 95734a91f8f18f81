import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError } from './config-error.js';
import { parseConfigText } from './load-config.js';

const GOVERNANCE = `
tenant "acme" {
  allowed_regions = ["eu"]
}
project "acme/search" {
  tenant = "acme"
}
budget "acme-monthly" {
  scope  = "tenant:acme"
  amount = 500.25
  period = "month"
}
budget "search-soft" {
  scope  = "project:acme/search"
  amount = 20
  hard   = false
}
limit "acme-rate" {
  scope               = "tenant:acme"
  requests_per_minute = 600
  tokens_per_minute   = 200000
  concurrent          = 20
}
`;

async function configError(text: string): Promise<ConfigError> {
  try {
    await parseConfigText(text, 'aigrid.hcl', {});
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('governance blocks', () => {
  it('builds tenants, projects, budgets (in micro-USD) and limits', async () => {
    const config = await parseConfigText(GOVERNANCE, 'aigrid.hcl', {});
    assert.deepEqual(config.tenants.acme.allowedRegions, ['eu']);
    assert.equal(config.projects['acme/search'].tenant, 'acme');
    assert.deepEqual(config.budgets['acme-monthly'], { name: 'acme-monthly', scope: 'tenant:acme', amountMicros: 500_250_000, period: 'month', hard: true });
    assert.equal(config.budgets['search-soft'].hard, false);
    assert.equal(config.limits['acme-rate'].tokensPerMinute, 200_000);
  });

  it('refuses scopes naming undeclared tenants', async () => {
    const error = await configError('tenant "acme" {}\nbudget "b" {\n  scope  = "tenant:acmee"\n  amount = 1\n}\n');
    assert.match(error.format(), /tenant "acmee" is not declared \(did you mean "acme"\?\)/);
  });

  it('refuses malformed scopes and empty limits', async () => {
    const error = await configError(`
tenant "acme" {}
limit "l" {
  scope = "everyone"
  requests_per_minute = 5
}
limit "empty" {
  scope = "tenant:acme"
}
`);
    const text = error.format();
    assert.match(text, /limit "l".*scope/);
    assert.match(text, /set at least one of/);
  });

  it('checks project labels against their tenant', async () => {
    const error = await configError('tenant "acme" {}\nproject "globex/x" {\n  tenant = "acme"\n}\n');
    assert.match(error.format(), /disagree/);
  });
});
