import type { GatewayConfig } from '../../config/config-types.js';
import type { BudgetSpec, LimitSpec } from '../../metering/limits/index.js';

/** What a request is checked against. */
export interface ApplicableSpecs {
  readonly budgets: readonly BudgetSpec[];
  readonly limits: readonly LimitSpec[];
}

/**
 * Budget and limit specs, built once per governance change (never per request). The limiter
 * caches by spec identity, so unchanged specs keep their objects across rebuilds.
 */
export interface GovernanceSpecs extends ApplicableSpecs {
  /** The specs by scope: a request looks up its few scopes instead of filtering every spec. */
  readonly byScope: ReadonlyMap<string, ApplicableSpecs>;
}

const NONE: ApplicableSpecs = Object.freeze({ budgets: Object.freeze([]), limits: Object.freeze([]) });

/** Builds the specs of `source`'s budgets and limits, reusing `previous`'s objects where equal. */
export function governanceSpecs(source: Pick<GatewayConfig, 'budgets' | 'limits'>, previous?: GovernanceSpecs): GovernanceSpecs {
  const known = new Map<string, BudgetSpec | LimitSpec>([...(previous?.budgets ?? []), ...(previous?.limits ?? [])].map((spec) => [JSON.stringify(spec), spec]));
  const reuse = <T extends BudgetSpec | LimitSpec>(spec: T): T => (known.get(JSON.stringify(spec)) as T | undefined) ?? Object.freeze(spec);
  const budgets = Object.values(source.budgets).map((budget) =>
    reuse<BudgetSpec>({ scope: budget.scope, period: budget.period, limitMicros: budget.amountMicros, mode: budget.hard ? 'hard' : 'soft' }),
  );
  const limits: LimitSpec[] = [];
  for (const limit of Object.values(source.limits)) {
    if (limit.requestsPerMinute) limits.push(reuse<LimitSpec>({ scope: limit.scope, kind: 'requests', limit: limit.requestsPerMinute }));
    if (limit.tokensPerMinute) limits.push(reuse<LimitSpec>({ scope: limit.scope, kind: 'tokens', limit: limit.tokensPerMinute }));
    if (limit.concurrent) limits.push(reuse<LimitSpec>({ scope: limit.scope, kind: 'concurrency', limit: limit.concurrent }));
  }
  const byScope = new Map<string, { budgets: BudgetSpec[]; limits: LimitSpec[] }>();
  const slot = (scope: string) => byScope.get(scope) ?? byScope.set(scope, { budgets: [], limits: [] }).get(scope)!;
  for (const budget of budgets) slot(budget.scope).budgets.push(budget);
  for (const limit of limits) slot(limit.scope).limits.push(limit);
  return { budgets: Object.freeze(budgets), limits: Object.freeze(limits), byScope };
}

/** The specs that apply to a request's scopes (none means the limiter is not consulted at all). */
export function applicableSpecs(specs: GovernanceSpecs, scopes: readonly string[]): ApplicableSpecs {
  let found: ApplicableSpecs | undefined;
  for (const scope of scopes) {
    const own = specs.byScope.get(scope);
    if (!own) continue;
    found = found ? { budgets: [...found.budgets, ...own.budgets], limits: [...found.limits, ...own.limits] } : own;
  }
  return found ?? NONE;
}
