import type { StrategyName } from '../router-types.js';
import { BASE_STRATEGIES } from './base-strategies.js';
import { conditionalStrategy } from './conditional-strategy.js';
import type { RoutingStrategy } from './strategy-types.js';

/** Every routing strategy by its config name. */
export const STRATEGIES: Readonly<Record<StrategyName, RoutingStrategy>> = Object.freeze({
  ...BASE_STRATEGIES,
  conditional: conditionalStrategy,
});
