import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GridError } from '../spec/grid-error.js';
import type { AttemptFunction } from './attempt-types.js';
import { executeWithFallback } from './execute-with-fallback.js';
import { harness, type Harness } from '../../test/support/router/execute-fixtures.js';
import { deployment, routeOf, upstreamError } from '../../test/support/router/router-fixtures.js';
import type { RouteSpec } from './router-types.js';

const REQUESTS = 1_000;

/** Sends REQUESTS requests in sequence against upstreams that always fail; returns attempts sent. */
async function storm(h: Harness, route: RouteSpec, spacingMs: number, failure: GridError): Promise<number> {
  let sent = 0;
  const attempt: AttemptFunction<string> = async () => {
    sent += 1;
    h.clock.advance(5);
    throw failure;
  };
  for (let i = 0; i < REQUESTS; i += 1) {
    const error = await executeWithFallback(h.plan(route), attempt, h.deps).catch((e: unknown) => e);
    assert.ok(error instanceof GridError);
    h.clock.advance(spacingMs);
  }
  return sent;
}

describe('retry budget under a storm of failures', () => {
  it('caps retries by the budget alone when breakers never trip', async () => {
    const h = harness({ health: { consecutiveFailures: 1e9, minRequests: 1e9 }, budget: { minRetriesPerWindow: 0 } });
    const route = routeOf([deployment('a')], { retries: { maxAttempts: 5, budgetRatio: 0.2 } });
    const sent = await storm(h, route, 1, upstreamError(503));
    // Without a budget this would be 5,000 attempts.
    assert.ok(sent <= REQUESTS * 1.2, `sent ${sent}`);
    assert.ok(sent > REQUESTS, 'the budget still allows some retries');
  });

  it('keeps total attempts ≤ requests × (1 + budget) + candidates with breakers and fallbacks on', async () => {
    const h = harness();
    const candidates = [deployment('a'), deployment('b'), deployment('c')];
    const route = routeOf(candidates, { retries: { maxAttempts: 3, budgetRatio: 0.2 } });
    // 100 s of traffic: breakers open, half-open every 30 s, probe and reopen.
    const sent = await storm(h, route, 100, new GridError('upstream_timeout', 'slow'));
    assert.ok(sent <= REQUESTS * 1.2 + candidates.length, `sent ${sent}`);
    assert.ok(h.health.snapshot().every((row) => row.state !== 'closed'));
  });

  it('sends one attempt per request once every circuit is open, not one per candidate', async () => {
    const h = harness({ health: { cooldownMs: 1e9 } });
    const route = routeOf([deployment('a'), deployment('b')]);
    await storm(h, route, 1, upstreamError(500));
    let sent = 0;
    const attempt: AttemptFunction<string> = async () => {
      sent += 1;
      throw upstreamError(500);
    };
    await executeWithFallback(h.plan(route), attempt, h.deps).catch(() => undefined);
    assert.equal(sent, 1);
  });
});
