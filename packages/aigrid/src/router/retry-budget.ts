import { RollingCounter } from './health/rolling-counter.js';
import type { Clock } from './router-deps.js';

/** What the executor needs from a retry budget; swap in a shared (Redis) one when scaling out. */
export interface RetryBudgetPort {
  /** Counts one incoming request (once per executeWithFallback call). */
  recordRequest(): void;
  /** Takes one retry if the budget allows; `ratio` overrides the budget's own (the route's). */
  tryAcquireRetry(ratio?: number): boolean;
}

export interface RetryBudgetOptions {
  /** Retries allowed as a fraction of requests in the window. */
  readonly ratio: number;
  readonly windowMs: number;
  /** Retries always allowed per window, so a quiet route can still retry its rare failure. */
  readonly minRetriesPerWindow: number;
}

export const DEFAULT_RETRY_BUDGET_OPTIONS: RetryBudgetOptions = Object.freeze({ ratio: 0.2, windowMs: 10_000, minRetriesPerWindow: 10 });

/**
 * Caps retries at `ratio × requests + minRetriesPerWindow` over a sliding window, so a failing
 * upstream sees at most (1 + ratio) times the normal load from retries, never a multiple of it
 * (the same idea as Finagle's and gRPC's retry budgets). Keep one per route: a healthy busy route
 * must not lend its budget to a failing quiet one.
 */
export class RetryBudget implements RetryBudgetPort {
  private readonly requests: RollingCounter;
  private readonly retries: RollingCounter;
  private readonly options: RetryBudgetOptions;

  constructor(
    private readonly clock: Clock,
    options: Partial<RetryBudgetOptions> = {},
  ) {
    this.options = { ...DEFAULT_RETRY_BUDGET_OPTIONS, ...options };
    this.requests = new RollingCounter(this.options.windowMs);
    this.retries = new RollingCounter(this.options.windowMs);
  }

  recordRequest(): void {
    this.requests.add(this.clock());
  }

  tryAcquireRetry(ratio = this.options.ratio): boolean {
    const now = this.clock();
    const allowed = ratio * this.requests.total(now) + this.options.minRetriesPerWindow;
    // After this retry, retries ≤ allowed; the epsilon absorbs float error (0.2 × 15 = 3.0000000000000004).
    if (this.retries.total(now) + 1 > allowed + 1e-9) return false;
    this.retries.add(now);
    return true;
  }

  /** Current window, for metrics and the admin API. */
  status(): { requests: number; retries: number } {
    const now = this.clock();
    return { requests: this.requests.total(now), retries: this.retries.total(now) };
  }
}
