import type { HealthView } from '../health/health-types.js';
import type { RandomSource } from '../router-deps.js';
import type { ConditionalRule, Deployment, FilteredDeployment, RankedDeployment, RequestFeatures } from '../router-types.js';

export interface StrategyContext {
  readonly features: RequestFeatures;
  readonly health: HealthView;
  readonly random: RandomSource;
  /** The route's rules (conditional strategy only). */
  readonly rules?: readonly ConditionalRule[];
  /** Share of least-latency picks made uniformly at random, to keep every EWMA fresh. */
  readonly explorationRate?: number;
}

export interface StrategyResult {
  /** Every candidate given, best first (except those in `excluded`). */
  readonly ranking: RankedDeployment[];
  /** Candidates a rule left out, with the reason. */
  readonly excluded?: FilteredDeployment[];
}

/**
 * Orders eligible deployments for one request. Pure apart from the injected random source and the
 * health it reads; never drops a candidate unless a rule says so (`excluded`).
 */
export type RoutingStrategy = (candidates: readonly Deployment[], context: StrategyContext) => StrategyResult;

/** Default share of least-latency picks spent exploring. */
export const DEFAULT_EXPLORATION_RATE = 0.05;
