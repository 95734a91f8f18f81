import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AuditEntryInput } from '../audit/index.js';
import { parseConfigText } from '../config/load-config.js';
import { GridError } from '../spec/grid-error.js';
import { openStore, type Store } from '../store/open-store.js';
import { GovernanceAdmin } from './governance-admin.js';

const HCL = `
tenant "acme" {}
budget "acme-monthly" {
  scope  = "tenant:acme"
  amount = 500
}
`;

let store: Store;
let admin: GovernanceAdmin;
const audited: AuditEntryInput[] = [];
let changes = 0;

before(async () => {
  store = await openStore('sqlite::memory:');
  const config = await parseConfigText(HCL, 'aigrid.hcl', {});
  admin = new GovernanceAdmin({
    config,
    repository: store.governance,
    keys: store.keys,
    actor: 'cli',
    audit: async (entry) => audited.push(entry),
    onChange: async () => void (changes += 1),
  });
});
after(() => store.close());

/** Runs `work` and returns the GridError it throws. */
async function refusal(work: Promise<unknown>): Promise<GridError> {
  const error = await work.then(() => undefined, (thrown: unknown) => thrown);
  assert.ok(error instanceof GridError, `expected a GridError, got ${String(error)}`);
  return error;
}

describe('GovernanceAdmin', () => {
  it('creates, updates and deletes, auditing each change', async () => {
    const created = await admin.create('tenant', 'globex', { allowed_regions: ['eu'] });
    assert.equal(created.source, 'api');
    assert.deepEqual(created.value.allowedRegions, ['eu']);
    await admin.create('budget', 'globex-daily', { scope: 'tenant:globex', amount: 5, period: 'day' });
    const updated = await admin.update('budget', 'globex-daily', { amount: 7.5, hard: false });
    assert.deepEqual(updated.value, { name: 'globex-daily', scope: 'tenant:globex', amountMicros: 7_500_000, period: 'day', hard: false });
    await admin.remove('budget', 'globex-daily');
    await admin.remove('tenant', 'globex');
    assert.deepEqual(audited.map((entry) => `${entry.actor} ${entry.action} ${entry.target}`), [
      'cli tenant.create globex',
      'cli budget.create globex-daily',
      'cli budget.update globex-daily',
      'cli budget.delete globex-daily',
      'cli tenant.delete globex',
    ]);
    assert.deepEqual(audited[2].details, { scope: 'tenant:globex', amount: 7.5, period: 'day', hard: false, previous: { scope: 'tenant:globex', amount: 5, period: 'day', hard: true } });
    assert.equal(changes, 5);
  });

  it('refuses to write objects declared in aigrid.hcl, naming the file', async () => {
    for (const work of [admin.create('tenant', 'acme', {}), admin.update('budget', 'acme-monthly', { amount: 1 }), admin.remove('budget', 'acme-monthly')]) {
      const error = await refusal(work);
      assert.equal(error.code, 'resource_conflict');
      assert.match(error.message, /is declared in aigrid\.hcl/);
    }
  });

  it('keeps names unique, and answers 404 for what does not exist', async () => {
    await admin.create('limit', 'acme-rpm', { scope: 'tenant:acme', requests_per_minute: 10 });
    assert.equal((await refusal(admin.create('limit', 'acme-rpm', { scope: 'tenant:acme', concurrent: 1 }))).code, 'resource_conflict');
    assert.equal((await refusal(admin.update('limit', 'nope', { concurrent: 1 }))).code, 'resource_not_found');
    assert.equal((await refusal(admin.remove('tenant', 'nope'))).code, 'resource_not_found');
    await admin.remove('limit', 'acme-rpm');
  });

  it('validates with the config rules; null removes an attribute in an update', async () => {
    const invalid = await refusal(admin.create('budget', 'b', { scope: 'tenant:acme', amount: 1, period: 'year' }));
    assert.equal(invalid.code, 'invalid_request');
    assert.equal(invalid.param, 'period');
    await admin.create('limit', 'acme-both', { scope: 'tenant:acme', requests_per_minute: 10, concurrent: 2 });
    const cleared = await admin.update('limit', 'acme-both', { concurrent: null });
    assert.equal(cleared.value.concurrent, undefined);
    assert.equal((await refusal(admin.update('limit', 'acme-both', { requests_per_minute: null }))).param, 'requests_per_minute');
    assert.equal((await refusal(admin.update('limit', 'acme-both', { name: 'renamed' }))).param, 'name');
    await admin.remove('limit', 'acme-both');
  });

  it('set creates, then updates', async () => {
    assert.equal((await admin.set('budget', 'acme-total', { scope: 'tenant:acme', amount: 1, period: 'total' })).created, true);
    const second = await admin.set('budget', 'acme-total', { amount: 2 });
    assert.equal(second.created, false);
    assert.equal(second.entry.value.amountMicros, 2_000_000);
    assert.equal(second.entry.value.period, 'total');
    await admin.remove('budget', 'acme-total');
  });

  it('refuses to delete a tenant or project still in use, then deletes it once unused', async () => {
    await admin.create('tenant', 'initech', {});
    await admin.create('project', 'initech/web', {});
    await admin.create('limit', 'initech-web', { scope: 'project:initech/web', concurrent: 1 });
    const key = await store.keys.create({ name: 'k', tenant: 'initech', project: 'initech/web' });
    const inUse = await refusal(admin.remove('tenant', 'initech'));
    assert.equal(inUse.code, 'resource_conflict');
    assert.match(inUse.message, /projects initech\/web; limits initech-web; 1 active key/);
    assert.match((await refusal(admin.remove('project', 'initech/web'))).message, /limits initech-web; 1 active key/);
    await store.keys.revoke(key.record.id);
    await admin.remove('limit', 'initech-web');
    await admin.remove('project', 'initech/web');
    await admin.remove('tenant', 'initech');
    assert.equal((await admin.view()).entry('tenant', 'initech'), undefined);
  });
});
