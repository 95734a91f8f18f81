import type { ConditionalRule, LatencyClass, RetryPolicy, RouteTimeouts, StrategyName } from '../spec/routing-vocabulary.js';

export type { ConditionalRule, LatencyClass, RetryPolicy, RouteTimeouts, RuleCondition, StrategyName } from '../spec/routing-vocabulary.js';
export { STRATEGY_NAMES } from '../spec/routing-vocabulary.js';

/** Where a deployment runs; privacy policies restrict this (local-only = `['local', 'edge']`). */
export type DeploymentLocation = 'cloud' | 'edge' | 'local';

/** Features a request may need from a deployment. */
export interface DeploymentCapabilities {
  readonly tools: boolean;
  readonly vision: boolean;
  readonly jsonSchema: boolean;
  readonly streaming: boolean;
}

/** Prices in integer micro-USD per million tokens; a missing price is unknown, not free. */
export interface DeploymentPricing {
  readonly inputPerMTokMicros?: number;
  readonly outputPerMTokMicros?: number;
  /** Reading and writing the provider's prompt cache, where priced (used for billing, not ranking). */
  readonly cachedInputPerMTokMicros?: number;
  readonly cacheWritePerMTokMicros?: number;
  /** Discount for batch-class requests, in percent (50 = half price). */
  readonly batchDiscountPercent?: number;
}

/** One place a route can send a request: a provider plus the model name it is called there. */
export interface Deployment {
  /** Unique across the gateway, e.g. `<route>/<index>` or a configured name. */
  readonly id: string;
  /** Provider name (a key of the config's providers). */
  readonly provider: string;
  readonly upstreamModel: string;
  /** Region the deployment processes data in (`eu`, `us-east-1`…); unknown when unset. */
  readonly region?: string;
  readonly location: DeploymentLocation;
  /** Share of first attempts under the weighted strategy; 0 = only as a fallback. */
  readonly weight: number;
  readonly capabilities: DeploymentCapabilities;
  /** Tokens of input + output the model accepts; unknown when unset (never filtered on). */
  readonly contextWindow?: number;
  readonly maxOutputTokens?: number;
  readonly pricing?: DeploymentPricing;
  readonly limits?: { readonly maxConcurrent?: number };
  /** Catalog card the facts above came from, if any. */
  readonly cardId?: string;
}

/** A public model name and how requests for it are spread over deployments. */
export interface RouteSpec {
  readonly name: string;
  readonly strategy: StrategyName;
  readonly deployments: readonly Deployment[];
  /** Used by the `conditional` strategy only. */
  readonly rules?: readonly ConditionalRule[];
  readonly retries: RetryPolicy;
  readonly timeouts: RouteTimeouts;
}

/** What the router knows about one request; built by the server from the parsed body and key. */
export interface RequestFeatures {
  readonly estimatedInputTokens: number;
  readonly maxOutputTokens?: number;
  readonly needs: DeploymentCapabilities;
  readonly tenant?: string;
  readonly keyId?: string;
  /** Request headers, names lower-cased (as node:http gives them); rules read single values only. */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly metadata?: Readonly<Record<string, string>>;
  /** Model parameters such as temperature. */
  readonly params: Readonly<Record<string, unknown>>;
  readonly latencyClass: LatencyClass;
  /** Data residency: deployments outside these regions are filtered out. */
  readonly allowedRegions?: readonly string[];
  readonly allowedLocations?: readonly DeploymentLocation[];
  /** Cap on both the input and the output price per million tokens, in micro-USD. */
  readonly maxPricePerMTokMicros?: number;
}

/** Which constraint removed a deployment from the candidates. */
export type FilterKind = 'capability' | 'context' | 'output' | 'region' | 'location' | 'price' | 'rule';

export interface FilteredDeployment {
  readonly deployment: Deployment;
  /** Human-readable, e.g. `context window 8192 < 12000 tokens needed`. */
  readonly reason: string;
  readonly kinds: readonly FilterKind[];
}

/** Health tier a planned candidate is in; see health-ordering.ts. */
export type HealthTier = 'healthy' | 'degraded' | 'open';

export interface RankedDeployment {
  readonly deployment: Deployment;
  /** The strategy's score, lower is better (cost, latency); absent when the strategy has none. */
  readonly score?: number;
  readonly note: string;
  readonly tier?: HealthTier;
}

/** The outcome of planning: who is tried in which order, and why. */
export interface RoutePlan {
  readonly route: string;
  readonly strategy: StrategyName;
  /** Candidates in the order they are tried; the first is the primary. */
  readonly ordered: readonly Deployment[];
  readonly filtered: readonly FilteredDeployment[];
  /** Same order as `ordered`, with the reasons. */
  readonly ranking: readonly RankedDeployment[];
  readonly retries: RetryPolicy;
  readonly timeouts: RouteTimeouts;
}
