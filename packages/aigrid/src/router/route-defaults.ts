import type { Deployment, DeploymentCapabilities, RetryPolicy, RouteSpec, RouteTimeouts, StrategyName } from './router-types.js';

/** Two tries per deployment, short jittered waits, retries ≤ 20% of the route's traffic. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = Object.freeze({
  maxAttempts: 2,
  baseDelayMs: 250,
  maxDelayMs: 2_000,
  budgetRatio: 0.2,
});

/** No timeouts of the router's own: providers keep their connect/first-byte/total timeouts. */
export const DEFAULT_TIMEOUTS: RouteTimeouts = Object.freeze({});

/**
 * Capabilities assumed when config and catalog say nothing. Optimistic on purpose: filtering on an
 * unknown would strand requests on deployments that may well serve them.
 */
export const UNKNOWN_CAPABILITIES: DeploymentCapabilities = Object.freeze({ tools: true, vision: true, jsonSchema: true, streaming: true });

/** A deployment as written in config: everything but id, provider and model may be left out. */
export type DeploymentInput = Pick<Deployment, 'id' | 'provider' | 'upstreamModel'> &
  Partial<Omit<Deployment, 'id' | 'provider' | 'upstreamModel' | 'capabilities'>> & {
    capabilities?: Partial<DeploymentCapabilities>;
  };

/** Fills a deployment's defaults: cloud, weight 1, unknown capabilities assumed present. */
export function makeDeployment(input: DeploymentInput): Deployment {
  return {
    ...input,
    location: input.location ?? 'cloud',
    weight: input.weight ?? 1,
    capabilities: { ...UNKNOWN_CAPABILITIES, ...input.capabilities },
  };
}

export interface RouteSpecInput {
  name: string;
  strategy?: StrategyName;
  deployments: readonly DeploymentInput[];
  rules?: RouteSpec['rules'];
  retries?: Partial<RetryPolicy>;
  timeouts?: RouteTimeouts;
}

/** Builds a RouteSpec with defaults: strategy `fallback`, DEFAULT_RETRY_POLICY, no timeouts. */
export function makeRouteSpec(input: RouteSpecInput): RouteSpec {
  return {
    name: input.name,
    strategy: input.strategy ?? 'fallback',
    deployments: input.deployments.map(makeDeployment),
    rules: input.rules,
    retries: { ...DEFAULT_RETRY_POLICY, ...input.retries },
    timeouts: { ...DEFAULT_TIMEOUTS, ...input.timeouts },
  };
}
