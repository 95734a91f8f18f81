import type { GatewayConfig } from '../../config/config-types.js';
import type { BudgetSpec, LimitSpec } from '../../metering/limits/index.js';

/** Budget and limit specs built once from the config; the limiter caches by object identity. */
export interface GovernanceSpecs {
  readonly budgets: readonly BudgetSpec[];
  readonly limits: readonly LimitSpec[];
}

export function governanceSpecs(config: GatewayConfig): GovernanceSpecs {
  const budgets = Object.values(config.budgets).map(
    (budget): BudgetSpec => Object.freeze({ scope: budget.scope, period: budget.period, limitMicros: budget.amountMicros, mode: budget.hard ? 'hard' : 'soft' }),
  );
  const limits: LimitSpec[] = [];
  for (const limit of Object.values(config.limits)) {
    if (limit.requestsPerMinute) limits.push(Object.freeze({ scope: limit.scope, kind: 'requests', limit: limit.requestsPerMinute }));
    if (limit.tokensPerMinute) limits.push(Object.freeze({ scope: limit.scope, kind: 'tokens', limit: limit.tokensPerMinute }));
    if (limit.concurrent) limits.push(Object.freeze({ scope: limit.scope, kind: 'concurrency', limit: limit.concurrent }));
  }
  return { budgets: Object.freeze(budgets), limits: Object.freeze(limits) };
}

/** The specs that apply to a request's scopes (none means the limiter is not consulted at all). */
export function applicableSpecs(specs: GovernanceSpecs, scopes: readonly string[]): GovernanceSpecs {
  return {
    budgets: specs.budgets.filter((budget) => scopes.includes(budget.scope)),
    limits: specs.limits.filter((limit) => scopes.includes(limit.scope)),
  };
}
