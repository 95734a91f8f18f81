import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { BudgetConfig, LimitConfig, TenantConfig } from '../../../src/config/config-types.js';
import type { Store } from '../../../src/store/open-store.js';

/**
 * The governance repository's behaviour on every dialect. Names are random so the tests share one
 * database with the rest of the store suite; the revision is only ever compared with itself.
 */
export function describeGovernanceConformance(store: () => Store): void {
  describe('governance repository', () => {
    const unique = (prefix: string) => `${prefix}-${randomBytes(5).toString('hex')}`;

    it('round-trips every kind in the shape the config builds', async () => {
      const repository = store().governance;
      const tenant: TenantConfig = { name: unique('t'), displayName: 'Acme', allowedRegions: ['eu'], prices: { 'openai/gpt-4o': { inputPerMTok: 2_000_000, outputPerMTok: 8_000_000 } } };
      const bare: TenantConfig = { name: unique('t'), displayName: undefined, allowedRegions: undefined, prices: {} };
      const budget: BudgetConfig = { name: unique('b'), scope: `tenant:${tenant.name}`, amountMicros: 9_007_199_254, period: 'week', hard: false };
      const limit: LimitConfig = { name: unique('l'), scope: `project:${tenant.name}/web`, requestsPerMinute: 60, tokensPerMinute: undefined, concurrent: 5 };
      const project = { name: `${tenant.name}/web`, tenant: tenant.name };
      for (const [kind, value] of [['tenant', tenant], ['tenant', bare], ['project', project], ['budget', budget], ['limit', limit]] as const) {
        const created = await repository.insert(kind, value as never);
        assert.deepEqual(created?.value, value);
        assert.ok(!Number.isNaN(Date.parse(created!.createdAt)));
      }
      const rows = await repository.load();
      assert.deepEqual(rows.tenant.find((row) => row.value.name === tenant.name)?.value, tenant);
      assert.deepEqual(rows.tenant.find((row) => row.value.name === bare.name)?.value, bare);
      assert.deepEqual(rows.project.find((row) => row.value.name === project.name)?.value, project);
      assert.deepEqual(rows.budget.find((row) => row.value.name === budget.name)?.value, budget);
      assert.deepEqual(rows.limit.find((row) => row.value.name === limit.name)?.value, limit);
    });

    it('refuses a taken name, updates and deletes by name', async () => {
      const repository = store().governance;
      const budget: BudgetConfig = { name: unique('b'), scope: 'model:gpt-4o', amountMicros: 1, period: 'day', hard: true };
      assert.ok(await repository.insert('budget', budget));
      assert.equal(await repository.insert('budget', { ...budget, amountMicros: 2 }), undefined);
      const updated = await repository.update('budget', { ...budget, amountMicros: 3, period: 'total' });
      assert.deepEqual(updated?.value, { ...budget, amountMicros: 3, period: 'total' });
      assert.equal(await repository.update('budget', { ...budget, name: unique('missing') }), undefined);
      assert.equal(await repository.remove('budget', budget.name), true);
      assert.equal(await repository.remove('budget', budget.name), false);
      assert.ok(!(await repository.load()).budget.some((row) => row.value.name === budget.name));
    });

    it('raises the revision on every write, and only then', async () => {
      const repository = store().governance;
      const start = await repository.revision();
      assert.equal(await repository.revision(), start);
      const limit: LimitConfig = { name: unique('l'), scope: 'model:x', requestsPerMinute: 1, tokensPerMinute: undefined, concurrent: undefined };
      await repository.insert('limit', limit);
      const inserted = await repository.revision();
      assert.ok(inserted > start);
      await repository.update('limit', { ...limit, concurrent: 2 });
      const updated = await repository.revision();
      assert.ok(updated > inserted);
      await repository.load();
      assert.equal(await repository.revision(), updated, 'reading changes nothing');
      await repository.remove('limit', limit.name);
      assert.ok((await repository.revision()) > updated);
    });
  });
}
