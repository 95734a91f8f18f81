import type { PolicyConfig } from '../../config/config-types.js';
import type { CancelSignal } from '../../spec/cancel-signal.js';
import {
  HealthTracker,
  RetryBudget,
  executeWithFallback,
  planModelList,
  planRoute,
  systemClock,
  systemRandom,
  systemSleep,
  type AttemptFunction,
  type Clock,
  type HealthOptions,
  type ExecutionResult,
  type RandomSource,
  type RequestFeatures,
  type RoutePlan,
  type Sleep,
} from '../../router/index.js';
import type { GuardedPlan } from './guarded-plan.js';
import type { PublicRoute } from './route-specs.js';
import { resolvePolicy } from './policy-resolver.js';

export interface GatewayRouterDeps {
  /** Circuit-breaker and latency-tracking settings; defaults suit production. */
  health?: Partial<HealthOptions>;
  clock?: Clock;
  random?: RandomSource;
  sleep?: Sleep;
}

/**
 * The gateway's routing state: every public name's route, per-deployment health shared by all
 * routes, and one retry budget per route (so one failing route cannot borrow another's retries).
 */
export class GatewayRouter {
  readonly health: HealthTracker;
  private readonly budgets = new Map<string, RetryBudget>();
  private readonly clock: Clock;
  private readonly random: RandomSource;
  private readonly sleep: Sleep;

  constructor(
    private readonly routes: ReadonlyMap<string, PublicRoute>,
    private readonly policies: readonly PolicyConfig[],
    deps: GatewayRouterDeps = {},
  ) {
    this.clock = deps.clock ?? systemClock;
    this.random = deps.random ?? systemRandom;
    this.sleep = deps.sleep ?? systemSleep;
    this.health = new HealthTracker(this.clock, deps.health);
  }

  get(name: string): PublicRoute | undefined {
    return this.routes.get(name);
  }

  names(): string[] {
    return [...this.routes.keys()];
  }

  policyFor(tenant: string, route: string): PolicyConfig | undefined {
    return resolvePolicy(this.policies, tenant, route);
  }

  /**
   * Plans one public name, or a request's own fallback list of names (tried in order). Called by
   * the guarded stage (guardPlan), which lays the policy's constraints over `features`.
   */
  plan(names: readonly string[], features: RequestFeatures): RoutePlan {
    const deps = { health: this.health, random: this.random, clock: this.clock };
    if (names.length === 1) return planRoute(this.routes.get(names[0])!.spec, features, deps);
    return planModelList(names, (name) => this.routes.get(name)?.spec, features, deps);
  }

  /** Runs a plan that passed the guarded stage: attempts, retries and fallback. */
  execute<T>(guarded: GuardedPlan<unknown>, attempt: AttemptFunction<T>, signal: CancelSignal): Promise<ExecutionResult<T>> {
    const plan = guarded.plan;
    let budget = this.budgets.get(plan.route);
    if (!budget) {
      budget = new RetryBudget(this.clock);
      this.budgets.set(plan.route, budget);
    }
    return executeWithFallback(plan, attempt, { health: this.health, retryBudget: budget, clock: this.clock, sleep: this.sleep, random: this.random }, { signal });
  }
}
