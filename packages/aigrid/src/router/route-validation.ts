import type { RouteSpec } from './router-types.js';
import { STRATEGY_NAMES } from './router-types.js';
import { validateRules, type RoutingIssue } from '../config/rule-validation.js';

export type { RoutingIssue } from '../config/rule-validation.js';

const nonNegative = (value: number | undefined) => value === undefined || (Number.isFinite(value) && value >= 0);
const positiveInteger = (value: number | undefined) => value === undefined || (Number.isInteger(value) && value > 0);

/**
 * Checks what a schema cannot: unique deployment ids, sane weights and retry numbers, rules that
 * name real deployments. Config loading should report these with the route's path prefixed.
 */
export function validateRouteSpec(route: RouteSpec): RoutingIssue[] {
  const issues: RoutingIssue[] = [];
  if (!STRATEGY_NAMES.includes(route.strategy)) issues.push({ path: 'strategy', message: `must be one of ${STRATEGY_NAMES.join(', ')}` });
  if (route.deployments.length === 0) issues.push({ path: 'deployments', message: 'a route needs at least one deployment' });
  const seen = new Set<string>();
  route.deployments.forEach((deployment, index) => {
    const at = `deployments[${index}]`;
    if (seen.has(deployment.id)) issues.push({ path: `${at}.id`, message: `duplicate deployment id '${deployment.id}'` });
    seen.add(deployment.id);
    if (!nonNegative(deployment.weight)) issues.push({ path: `${at}.weight`, message: 'must be a number ≥ 0' });
    if (!positiveInteger(deployment.contextWindow)) issues.push({ path: `${at}.contextWindow`, message: 'must be a positive integer' });
    if (!positiveInteger(deployment.maxOutputTokens)) issues.push({ path: `${at}.maxOutputTokens`, message: 'must be a positive integer' });
    if (!positiveInteger(deployment.limits?.maxConcurrent)) issues.push({ path: `${at}.limits.maxConcurrent`, message: 'must be a positive integer' });
    const pricing = deployment.pricing;
    for (const field of ['inputPerMTokMicros', 'outputPerMTokMicros', 'batchDiscountPercent'] as const) {
      if (!nonNegative(pricing?.[field])) issues.push({ path: `${at}.pricing.${field}`, message: 'must be a number ≥ 0' });
    }
    if ((pricing?.batchDiscountPercent ?? 0) > 100) issues.push({ path: `${at}.pricing.batchDiscountPercent`, message: 'must be at most 100' });
  });
  const { retries, timeouts } = route;
  if (!positiveInteger(retries.maxAttempts)) issues.push({ path: 'retries.maxAttempts', message: 'must be an integer ≥ 1' });
  if (!nonNegative(retries.baseDelayMs)) issues.push({ path: 'retries.baseDelayMs', message: 'must be a number ≥ 0' });
  if (!nonNegative(retries.maxDelayMs)) issues.push({ path: 'retries.maxDelayMs', message: 'must be a number ≥ 0' });
  if (!(retries.budgetRatio >= 0 && retries.budgetRatio <= 1)) issues.push({ path: 'retries.budgetRatio', message: 'must be between 0 and 1' });
  if (retries.maxRetriesPerRequest !== undefined && !(Number.isInteger(retries.maxRetriesPerRequest) && retries.maxRetriesPerRequest >= 0)) {
    issues.push({ path: 'retries.maxRetriesPerRequest', message: 'must be an integer ≥ 0' });
  }
  if (!positiveInteger(timeouts.firstTokenMs)) issues.push({ path: 'timeouts.firstTokenMs', message: 'must be a positive integer' });
  if (!positiveInteger(timeouts.totalMs)) issues.push({ path: 'timeouts.totalMs', message: 'must be a positive integer' });
  if (route.strategy === 'conditional' && !route.rules?.length) {
    issues.push({ path: 'rules', message: "the conditional strategy needs at least one rule" });
  }
  if (route.rules !== undefined) issues.push(...validateRules(route.rules, route.deployments.map((d) => d.id)));
  return issues;
}
