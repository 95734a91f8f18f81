import { describeBudgetConformance } from './budget-conformance.js';
import { describeRateConformance } from './rate-conformance.js';
import type { OpenLimiter } from './limiter-fixtures.js';

/** The whole conformance suite: every `Limiter` implementation must pass all of it. */
export function describeLimiterConformance(name: string, open: OpenLimiter): void {
  describeBudgetConformance(name, open);
  describeRateConformance(name, open);
}
