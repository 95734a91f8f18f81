import type { BreakerOptions, BreakerState } from './health-types.js';
import { RollingCounter } from './rolling-counter.js';

/**
 * One deployment's circuit breaker. Closed: everything passes. It opens after
 * `consecutiveFailures` failures in a row, or when the failure rate over the window reaches
 * `failureRate` (with at least `minRequests` seen). After `cooldownMs` it is half-open and lets
 * `halfOpenProbes` attempts through at once: a success closes it, a failure opens it again.
 *
 * Time is passed in on every call; the breaker never reads a clock itself.
 */
export class CircuitBreaker {
  private openedAt: number | undefined;
  private probesInFlight = 0;
  private consecutive = 0;
  private readonly requests: RollingCounter;
  private readonly failures: RollingCounter;

  constructor(private readonly options: BreakerOptions) {
    this.requests = new RollingCounter(options.windowMs);
    this.failures = new RollingCounter(options.windowMs);
  }

  get consecutiveFailures(): number {
    return this.consecutive;
  }

  /** Open turns half-open by itself once the cooldown has passed. */
  state(now: number): BreakerState {
    if (this.openedAt === undefined) return 'closed';
    return now - this.openedAt >= this.options.cooldownMs ? 'half-open' : 'open';
  }

  /** When an open circuit turns half-open; undefined when closed. */
  reopensAt(): number | undefined {
    return this.openedAt === undefined ? undefined : this.openedAt + this.options.cooldownMs;
  }

  probeAvailable(now: number): boolean {
    const state = this.state(now);
    if (state === 'closed') return true;
    return state === 'half-open' && this.probesInFlight < this.options.halfOpenProbes;
  }

  /**
   * Admits an attempt: `pass` when closed, `probe` for a half-open probe slot, undefined when
   * refused. `force` admits regardless (as `pass`), for the last resort.
   */
  admit(now: number, force = false): 'pass' | 'probe' | undefined {
    const state = this.state(now);
    if (state === 'closed') return 'pass';
    if (state === 'half-open' && this.probesInFlight < this.options.halfOpenProbes) {
      this.probesInFlight += 1;
      return 'probe';
    }
    return force ? 'pass' : undefined;
  }

  /** Gives a probe slot back (the probe finished, whatever its outcome). */
  releaseProbe(): void {
    this.probesInFlight = Math.max(0, this.probesInFlight - 1);
  }

  /** A success closes the circuit (the deployment demonstrably works), unless it started before the circuit opened. */
  onSuccess(now: number, startedAt = now): void {
    // A straggler that started before the circuit opened proves little; only an attempt admitted
    // since (a probe, or a last-resort attempt) closes it by succeeding.
    if (this.openedAt !== undefined && startedAt < this.openedAt) {
      this.requests.add(now);
      return;
    }
    if (this.openedAt !== undefined) {
      // A fresh start: the failures that opened it must not trip it again at once.
      this.requests.reset();
      this.failures.reset();
      this.openedAt = undefined;
    }
    this.consecutive = 0;
    this.requests.add(now);
  }

  onFailure(now: number): void {
    this.consecutive += 1;
    this.requests.add(now);
    this.failures.add(now);
    if (this.openedAt !== undefined) {
      // A failed probe (or forced attempt) restarts the cooldown.
      this.openedAt = now;
      return;
    }
    if (this.consecutive >= this.options.consecutiveFailures || this.rateTripped(now)) this.openedAt = now;
  }

  private rateTripped(now: number): boolean {
    const requests = this.requests.total(now);
    if (requests < this.options.minRequests) return false;
    return this.failures.total(now) / requests >= this.options.failureRate;
  }
}
