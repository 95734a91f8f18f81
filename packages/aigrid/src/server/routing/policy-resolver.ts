import type { PolicyConfig, SensitiveAction } from '../../config/config-types.js';

const STRICTNESS: Record<SensitiveAction, number> = { allow: 0, redact: 1, 'local-only': 2, block: 3 };

/**
 * The policy that governs a tenant's request to a public name: the most specific match (naming
 * both the tenant and the route beats naming one, which beats naming neither); among equally
 * specific matches, the strictest action wins, so overlapping policies never loosen each other.
 */
export function resolvePolicy(policies: readonly PolicyConfig[], tenant: string, route: string): PolicyConfig | undefined {
  let best: PolicyConfig | undefined;
  let bestRank = -1;
  for (const policy of policies) {
    if (policy.tenants && !policy.tenants.includes(tenant)) continue;
    if (policy.routes && !policy.routes.includes(route)) continue;
    const rank = ((policy.tenants ? 1 : 0) + (policy.routes ? 1 : 0)) * 10 + STRICTNESS[policy.onSensitive];
    if (rank > bestRank) {
      best = policy;
      bestRank = rank;
    }
  }
  return best;
}
