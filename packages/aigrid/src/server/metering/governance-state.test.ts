import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfigText } from '../../config/load-config.js';
import { openStore, type Store } from '../../store/open-store.js';
import { createLogger } from '../logger.js';
import { applicableSpecs } from './governance-specs.js';
import { GovernanceState } from './governance-state.js';

let store: Store;
let state: GovernanceState;

before(async () => {
  store = await openStore('sqlite::memory:');
  const config = await parseConfigText('tenant "acme" {}\nbudget "acme-day" {\n  scope = "tenant:acme"\n  amount = 1\n  period = "day"\n}\n', 'aigrid.hcl', {});
  state = await GovernanceState.start(config, store.governance, createLogger('silent'));
});
after(async () => {
  state.stop();
  await store.close();
});

test('the state is config ∪ database, rebuilt when the stored revision moves', async () => {
  const configBudget = state.current.specs.budgets[0];
  assert.deepEqual(applicableSpecs(state.current.specs, ['tenant:acme', 'key:k']).budgets, [configBudget]);
  await store.governance.insert('tenant', { name: 'globex', displayName: undefined, allowedRegions: ['eu'], prices: {} });
  await store.governance.insert('limit', { name: 'globex-rpm', scope: 'tenant:globex', requestsPerMinute: 5, tokensPerMinute: undefined, concurrent: 2 });
  assert.equal(state.tenant('globex'), undefined, 'not before a refresh');
  await state.refresh();
  assert.deepEqual(state.tenant('globex')?.allowedRegions, ['eu']);
  assert.equal(state.current.view.entry('limit', 'globex-rpm')?.source, 'api');
  assert.deepEqual(
    applicableSpecs(state.current.specs, ['tenant:globex', 'model:m']).limits.map((spec) => `${spec.kind}:${spec.limit}`),
    ['requests:5', 'concurrency:2'],
  );
  assert.equal(applicableSpecs(state.current.specs, ['tenant:other']).limits.length, 0);
  assert.equal(state.current.specs.budgets[0], configBudget, 'unchanged specs keep their identity (the limiter caches by it)');
});

test('a refresh with nothing changed keeps the same snapshot; concurrent refreshes share one check', async () => {
  const before = state.current;
  const first = state.refresh();
  assert.equal(state.refresh(), first);
  await first;
  assert.equal(state.current, before);
});

test('a failing database keeps the last state until it answers again', async () => {
  let down = false;
  const flaky = { ...store.governance, revision: () => (down ? Promise.reject(new Error('down')) : store.governance.revision()) };
  const config = await parseConfigText('tenant "acme" {}\n', 'aigrid.hcl', {});
  const detached = await GovernanceState.start(config, flaky, createLogger('silent'));
  try {
    const kept = detached.current;
    down = true;
    await store.governance.insert('tenant', { name: 'initech', displayName: undefined, allowedRegions: undefined, prices: {} });
    await detached.refresh();
    assert.equal(detached.current, kept);
    down = false;
    await detached.refresh();
    assert.ok(detached.tenant('initech'));
  } finally {
    detached.stop();
  }
});
