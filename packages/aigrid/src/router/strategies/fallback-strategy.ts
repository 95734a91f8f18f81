import type { RoutingStrategy } from './strategy-types.js';

/** Config order: the first deployment is primary, the rest are fallbacks in the order written. */
export const fallbackStrategy: RoutingStrategy = (candidates) => ({
  ranking: candidates.map((deployment, index) => ({ deployment, note: `config position ${index + 1}` })),
});
