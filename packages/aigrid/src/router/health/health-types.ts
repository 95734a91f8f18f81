import type { GridError } from '../../spec/grid-error.js';

export type BreakerState = 'closed' | 'open' | 'half-open';

/** What the router knows about one deployment right now. */
export interface DeploymentHealth {
  readonly state: BreakerState;
  readonly consecutiveFailures: number;
  /** Undefined until the first success: unknown is not zero. */
  readonly ewmaLatencyMs?: number;
  readonly ewmaTtftMs?: number;
  /** Successful attempts seen (latency samples). Below `coldSamples` a deployment is "cold". */
  readonly samples: number;
  /** Too few samples for the EWMAs to be trusted; strategies explore cold deployments. */
  readonly cold: boolean;
  readonly inFlight: number;
  /** Epoch ms until which a 429 asked us to back off; undefined when not cooling down. */
  readonly cooldownUntil?: number;
  /** Half-open: whether a probe slot is free. Always true when closed, false when open. */
  readonly probeAvailable: boolean;
}

/** Read-only health, all the planner needs. */
export interface HealthView {
  /** `now`: the caller's clock reading, when it has one (saves reading the clock again). */
  health(deploymentId: string, now?: number): DeploymentHealth;
  /**
   * Optional fast path for the planner, which asks this of every candidate of every request:
   * whether `healthTier(health(id, now), maxConcurrent, now)` is `healthy`, without building the
   * health object. Must agree with `health()`.
   */
  healthyAt?(deploymentId: string, maxConcurrent: number | undefined, now: number): boolean;
  /**
   * Optional fast path: expected latency (time to first token when `streaming` and known) × (in
   * flight + 1), undefined while cold — `latencyScore(health(id), features)` of
   * strategies/latency-score.ts without building the health object. Must agree with `health()`.
   */
  loadedLatencyMs?(deploymentId: string, streaming: boolean): number | undefined;
}

/** Held for the duration of one attempt; `release` exactly once (extra calls are ignored). */
export interface HealthLease {
  /** True when this attempt is a half-open probe. */
  readonly probe: boolean;
  release(): void;
}

export interface AttemptTiming {
  readonly latencyMs: number;
  readonly ttftMs?: number;
}

/** Health the executor updates as attempts finish. */
export interface HealthRecorder extends HealthView {
  /**
   * Admits one attempt. Undefined when the circuit is open or the half-open probes are taken,
   * unless `force` (the last resort when nothing else remains).
   */
  acquire(deploymentId: string, options?: { force?: boolean }): HealthLease | undefined;
  recordSuccess(deploymentId: string, timing: AttemptTiming): void;
  recordFailure(deploymentId: string, error: GridError): void;
}

/** One row of the admin/metrics view. */
export interface HealthSnapshotEntry {
  readonly id: string;
  readonly state: BreakerState;
  readonly consecutiveFailures: number;
  readonly ewmaLatencyMs: number | null;
  readonly ewmaTtftMs: number | null;
  readonly cooldownUntil: number | null;
  readonly inFlight: number;
  readonly samples: number;
}

export interface BreakerOptions {
  /** Consecutive counted failures that open the circuit. */
  readonly consecutiveFailures: number;
  /** Failure rate over `windowMs` that opens it, once `minRequests` were seen in the window. */
  readonly failureRate: number;
  readonly windowMs: number;
  readonly minRequests: number;
  /** Open → half-open after this long. */
  readonly cooldownMs: number;
  /** Attempts let through at once while half-open. */
  readonly halfOpenProbes: number;
}

export interface HealthOptions extends BreakerOptions {
  /** EWMA smoothing: weight of the newest sample (0..1]. */
  readonly ewmaAlpha: number;
  /** Successes below which a deployment counts as cold and gets explored. */
  readonly coldSamples: number;
  /** Cooldown after a 429 without `retry-after`. */
  readonly rateLimitCooldownMs: number;
  /** Upper bound on any 429 cooldown, whatever `retry-after` says. */
  readonly maxCooldownMs: number;
}

export const DEFAULT_HEALTH_OPTIONS: HealthOptions = Object.freeze({
  consecutiveFailures: 5,
  failureRate: 0.5,
  windowMs: 60_000,
  minRequests: 20,
  cooldownMs: 30_000,
  halfOpenProbes: 1,
  ewmaAlpha: 0.3,
  coldSamples: 3,
  rateLimitCooldownMs: 1_000,
  maxCooldownMs: 300_000,
});
