import type { GridError } from '../../spec/grid-error.js';
import { classifyFailure, countsAgainstDeployment } from '../failure-classes.js';
import type { Clock } from '../router-deps.js';
import { CircuitBreaker } from './circuit-breaker.js';
import {
  DEFAULT_HEALTH_OPTIONS,
  type AttemptTiming,
  type DeploymentHealth,
  type HealthLease,
  type HealthOptions,
  type HealthRecorder,
  type HealthSnapshotEntry,
} from './health-types.js';
import { nextEwma } from './latency-ewma.js';

interface Entry {
  readonly breaker: CircuitBreaker;
  ewmaLatencyMs?: number;
  ewmaTtftMs?: number;
  samples: number;
  inFlight: number;
  cooldownUntil?: number;
}

/**
 * In-process health of every deployment: circuit breakers, 429 cooldowns, latency EWMAs and
 * attempts in flight. One instance per gateway process, created at start and passed to the
 * planner and executor. Deployments are tracked from their first mention; ids unknown to it
 * read as healthy and cold.
 */
export class HealthTracker implements HealthRecorder {
  private readonly entries = new Map<string, Entry>();
  private readonly options: HealthOptions;

  constructor(
    private readonly clock: Clock,
    options: Partial<HealthOptions> = {},
  ) {
    this.options = { ...DEFAULT_HEALTH_OPTIONS, ...options };
  }

  private entry(id: string): Entry {
    let entry = this.entries.get(id);
    if (!entry) {
      entry = { breaker: new CircuitBreaker(this.options), samples: 0, inFlight: 0 };
      this.entries.set(id, entry);
    }
    return entry;
  }

  health(id: string, now = this.clock()): DeploymentHealth {
    const entry = this.entry(id);
    const cooling = entry.cooldownUntil !== undefined && entry.cooldownUntil > now;
    return {
      state: entry.breaker.state(now),
      consecutiveFailures: entry.breaker.consecutiveFailures,
      ewmaLatencyMs: entry.ewmaLatencyMs,
      ewmaTtftMs: entry.ewmaTtftMs,
      samples: entry.samples,
      cold: entry.samples < this.options.coldSamples,
      inFlight: entry.inFlight,
      cooldownUntil: cooling ? entry.cooldownUntil : undefined,
      probeAvailable: entry.breaker.probeAvailable(now),
    };
  }

  healthyAt(id: string, maxConcurrent: number | undefined, now: number): boolean {
    const entry = this.entry(id);
    const state = entry.breaker.state(now);
    if (state === 'open' || (state === 'half-open' && !entry.breaker.probeAvailable(now))) return false;
    if (entry.cooldownUntil !== undefined && entry.cooldownUntil > now) return false;
    return maxConcurrent === undefined || !(entry.inFlight >= maxConcurrent);
  }

  loadedLatencyMs(id: string, streaming: boolean): number | undefined {
    const entry = this.entry(id);
    if (entry.samples < this.options.coldSamples) return undefined;
    const latency = streaming && entry.ewmaTtftMs !== undefined ? entry.ewmaTtftMs : entry.ewmaLatencyMs;
    return latency === undefined ? undefined : latency * (entry.inFlight + 1);
  }

  acquire(id: string, options: { force?: boolean } = {}): HealthLease | undefined {
    const entry = this.entry(id);
    const admitted = entry.breaker.admit(this.clock(), options.force ?? false);
    if (admitted === undefined) return undefined;
    entry.inFlight += 1;
    let released = false;
    return {
      probe: admitted === 'probe',
      release: () => {
        if (released) return;
        released = true;
        entry.inFlight = Math.max(0, entry.inFlight - 1);
        if (admitted === 'probe') entry.breaker.releaseProbe();
      },
    };
  }

  recordSuccess(id: string, timing: AttemptTiming): void {
    const entry = this.entry(id);
    const now = this.clock();
    entry.breaker.onSuccess(now, now - timing.latencyMs);
    entry.ewmaLatencyMs = nextEwma(entry.ewmaLatencyMs, timing.latencyMs, this.options.ewmaAlpha);
    if (timing.ttftMs !== undefined) entry.ewmaTtftMs = nextEwma(entry.ewmaTtftMs, timing.ttftMs, this.options.ewmaAlpha);
    entry.samples += 1;
  }

  /**
   * Records a failed attempt. A 429 starts a cooldown (its `retry-after`, capped); timeouts,
   * 5xx, auth and similar count against the breaker; the caller's own errors and client aborts
   * are ignored, since they say nothing about the deployment.
   */
  recordFailure(id: string, error: GridError): void {
    const kind = classifyFailure(error);
    const now = this.clock();
    const entry = this.entry(id);
    if (kind === 'rate-limited') {
      const asked = error.retryAfterSeconds === undefined ? this.options.rateLimitCooldownMs : error.retryAfterSeconds * 1000;
      const until = now + Math.min(asked, this.options.maxCooldownMs);
      entry.cooldownUntil = Math.max(entry.cooldownUntil ?? 0, until);
      return;
    }
    if (countsAgainstDeployment(kind)) entry.breaker.onFailure(now);
  }

  /** Forgets deployments not in `ids` (after a config reload removed them). */
  retainOnly(ids: Iterable<string>): void {
    const keep = new Set(ids);
    for (const id of [...this.entries.keys()]) if (!keep.has(id)) this.entries.delete(id);
  }

  /** Every tracked deployment, for metrics and the admin API (JSON-safe: null for unknown). */
  snapshot(): HealthSnapshotEntry[] {
    return [...this.entries.keys()].sort().map((id) => {
      const health = this.health(id);
      return {
        id,
        state: health.state,
        consecutiveFailures: health.consecutiveFailures,
        ewmaLatencyMs: health.ewmaLatencyMs ?? null,
        ewmaTtftMs: health.ewmaTtftMs ?? null,
        cooldownUntil: health.cooldownUntil ?? null,
        inFlight: health.inFlight,
        samples: health.samples,
      };
    });
  }
}
