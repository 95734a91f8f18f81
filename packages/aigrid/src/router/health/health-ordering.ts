import type { HealthTier, RankedDeployment } from '../router-types.js';
import type { DeploymentHealth, HealthView } from './health-types.js';

export interface TierVerdict {
  readonly tier: HealthTier;
  /** Why it is not healthy; undefined when healthy. */
  readonly note?: string;
}

/**
 * Sorts one deployment into a tier:
 * - `open`: circuit open, or half-open with its probe slots taken;
 * - `degraded`: cooling down after a 429, or at its `maxConcurrent` limit;
 * - `healthy`: everything else, including half-open with a free probe slot (so it gets probed).
 */
export function healthTier(health: DeploymentHealth, maxConcurrent: number | undefined, now: number): TierVerdict {
  if (health.state === 'open') return { tier: 'open', note: `circuit open after ${health.consecutiveFailures} failures` };
  if (health.state === 'half-open' && !health.probeAvailable) return { tier: 'open', note: 'circuit half-open, probe in flight' };
  if (health.cooldownUntil !== undefined && health.cooldownUntil > now) {
    return { tier: 'degraded', note: `rate-limited, cooling down for ${Math.ceil((health.cooldownUntil - now) / 1000)}s` };
  }
  if (maxConcurrent !== undefined && health.inFlight >= maxConcurrent) {
    return { tier: 'degraded', note: `at its concurrency limit (${health.inFlight}/${maxConcurrent})` };
  }
  return HEALTHY;
}

const HEALTHY: TierVerdict = Object.freeze({ tier: 'healthy' });

const TIER_ORDER: Record<HealthTier, number> = { healthy: 0, degraded: 1, open: 2 };

/**
 * Moves unhealthy candidates behind healthy ones without removing any, keeping the strategy's
 * order inside each tier: healthy, then degraded, then open circuits (which the executor only
 * tries when nothing else remains).
 */
export function orderByHealth(ranking: readonly RankedDeployment[], health: HealthView, now: number): RankedDeployment[] {
  let demoted = false;
  // The tracker answers "healthy?" without building a health object; the rest take the long way.
  const healthyAt = health.healthyAt;
  const tiered: RankedDeployment[] = new Array(ranking.length);
  for (let index = 0; index < ranking.length; index++) {
    const entry = ranking[index];
    const deployment = entry.deployment;
    const maxConcurrent = deployment.limits?.maxConcurrent;
    const verdict =
      healthyAt !== undefined && healthyAt.call(health, deployment.id, maxConcurrent, now) ? HEALTHY : healthTier(health.health(deployment.id, now), maxConcurrent, now);
    if (verdict.tier !== 'healthy') demoted = true;
    const note = verdict.note ? `${entry.note}; demoted: ${verdict.note}` : entry.note;
    // Literals of one shape each, not a spread: this runs for every candidate of every request.
    const tier = verdict.tier;
    tiered[index] = entry.score === undefined ? { deployment, note, tier } : { deployment, score: entry.score, note, tier };
  }
  // All healthy (the usual case): the strategy's order stands as it is. Sorting is stable, so
  // each tier keeps the strategy's order.
  if (demoted) tiered.sort((a, b) => TIER_ORDER[a.tier!] - TIER_ORDER[b.tier!]);
  return tiered;
}
