import type { StrategyName } from '../router-types.js';
import { fallbackStrategy } from './fallback-strategy.js';
import { leastLatencyStrategy } from './least-latency-strategy.js';
import { lowestCostStrategy } from './lowest-cost-strategy.js';
import type { RoutingStrategy } from './strategy-types.js';
import { weightedStrategy } from './weighted-strategy.js';

/** The strategies a conditional rule may delegate to (every one but `conditional` itself). */
export const BASE_STRATEGIES: Readonly<Record<Exclude<StrategyName, 'conditional'>, RoutingStrategy>> = Object.freeze({
  fallback: fallbackStrategy,
  weighted: weightedStrategy,
  'least-latency': leastLatencyStrategy,
  'lowest-cost': lowestCostStrategy,
});
