// Scripted attempts and wired-up dependencies for the executor's tests (excluded from the build).
import { GridError } from '../../../src/spec/grid-error.js';
import type { AttemptFunction } from '../../../src/router/attempt-types.js';
import type { ExecuteDeps } from '../../../src/router/execute-with-fallback.js';
import { HealthTracker } from '../../../src/router/health/health-tracker.js';
import type { HealthOptions } from '../../../src/router/health/health-types.js';
import { planRoute } from '../../../src/router/plan-route.js';
import { RetryBudget, type RetryBudgetOptions } from '../../../src/router/retry-budget.js';
import { seededRandom } from '../../../src/router/router-deps.js';
import { fakeClock, fakeSleep, features, type FakeClock } from './router-fixtures.js';
import type { RequestFeatures, RoutePlan, RouteSpec } from '../../../src/router/router-types.js';

export interface Harness {
  readonly clock: FakeClock;
  readonly sleep: ReturnType<typeof fakeSleep>;
  readonly health: HealthTracker;
  readonly retryBudget: RetryBudget;
  readonly deps: ExecuteDeps;
  plan(route: RouteSpec, request?: RequestFeatures): RoutePlan;
}

export function harness(options: { health?: Partial<HealthOptions>; budget?: Partial<RetryBudgetOptions> } = {}): Harness {
  const clock = fakeClock();
  const sleep = fakeSleep(clock);
  const health = new HealthTracker(clock.now, options.health);
  const retryBudget = new RetryBudget(clock.now, options.budget);
  const random = seededRandom(1);
  return {
    clock,
    sleep,
    health,
    retryBudget,
    deps: { health, retryBudget, clock: clock.now, sleep, random },
    plan: (route, request = features()) => planRoute(route, request, { health, random, clock: clock.now }),
  };
}

/** One scripted outcome: a value to return, or an error to throw. */
export type Step = GridError | 'ok';

/**
 * An attempt that plays each deployment's script in order (then succeeds), taking `latencyMs`
 * of fake time per call, and logs which deployment each call went to.
 */
export function scripted(clock: FakeClock, script: Record<string, Step[]>, latencyMs = 100): AttemptFunction<string> & { calls: string[] } {
  const calls: string[] = [];
  const queues = new Map(Object.entries(script).map(([id, steps]) => [id, [...steps]]));
  const attempt: AttemptFunction<string> = async (deployment) => {
    calls.push(deployment.id);
    clock.advance(latencyMs);
    const step = queues.get(deployment.id)?.shift() ?? 'ok';
    if (step === 'ok') return `answer from ${deployment.id}`;
    throw step;
  };
  return Object.assign(attempt, { calls });
}
