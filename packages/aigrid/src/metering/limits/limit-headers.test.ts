import assert from 'node:assert/strict';
import { it } from 'node:test';
import { limitHeaders } from './limit-headers.js';
import { requestScopes } from './limit-scopes.js';

it('names a request’s scopes, end users within their tenant', () => {
  assert.deepEqual(requestScopes({ tenant: 'acme', project: 'acme/search', key: 'key_123', user: 'alice', model: 'acme/gpt-4o' }), [
    'tenant:acme',
    'project:acme/search',
    'key:key_123',
    'user:acme/alice',
    'model:acme/gpt-4o',
  ]);
  assert.deepEqual(requestScopes({ tenant: 'acme', key: 'key_1', model: 'm' }), ['tenant:acme', 'key:key_1', 'model:m']);
});

it('reports the tightest limits, the tightest hard budget, soft overruns and degradation', () => {
  const headers = limitHeaders({
    rates: [
      { scope: 'tenant:a', kind: 'requests', limit: 100, used: 10, remaining: 90 },
      { scope: 'key:k', kind: 'requests', limit: 10, used: 5, remaining: 5 },
      { scope: 'key:k', kind: 'tokens', limit: 1_000, used: 1, remaining: 999 },
      { scope: 'key:k', kind: 'concurrency', limit: 2, used: 1, remaining: 1 },
    ],
    budgets: [
      { scope: 'tenant:a', period: 'month', mode: 'hard', limitMicros: 9_000_000, spentMicros: 0, reservedMicros: 0, remainingMicros: 9_000_000, exceeded: false },
      { scope: 'key:k', period: 'day', mode: 'hard', limitMicros: 2_000_000, spentMicros: 500_000, reservedMicros: 0, remainingMicros: 1_500_000, exceeded: false },
    ],
    exceeded: [{ kind: 'budget', scope: 'project:a/p', limit: 1, remaining: 0, soft: true, period: 'week' }],
    degraded: true,
  });
  assert.deepEqual(headers, {
    'x-ratelimit-limit-requests': '10',
    'x-ratelimit-remaining-requests': '5',
    'x-ratelimit-limit-tokens': '1000',
    'x-ratelimit-remaining-tokens': '999',
    'x-aigrid-budget-remaining-usd': '1.50',
    'x-aigrid-budget-exceeded': 'project:a/p;period=week',
    'x-aigrid-limits-degraded': 'true',
  });
  assert.deepEqual(limitHeaders({ rates: [], degraded: false }), {});
});
