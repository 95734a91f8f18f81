import { LimitsUnavailableError, type UnavailableReason } from './limits-unavailable-error.js';
import type {
  Actuals,
  Admission,
  AdmitRequest,
  BudgetSpec,
  Clock,
  Limiter,
  LimitSpec,
  Refusal,
  RemainingQuery,
  RemainingReport,
  Reservation,
  ReserveRequest,
  SettleResult,
} from './limit-types.js';
import { DEFAULT_OUTAGE_POLICIES, failClosedHold, failClosedSpec, type OutagePolicies } from './outage-policy.js';

export interface ResilientLimiterSettings {
  /** The shared limiter (Redis). */
  readonly primary: Limiter;
  /** The local best-effort limiter for fail-open kinds; create it with `degraded: true`. */
  readonly fallback: Limiter;
  readonly policies?: Partial<OutagePolicies>;
  readonly clock?: Clock;
  /** After a failure, go straight to the outage policy for this long instead of waiting on Redis again. */
  readonly probeAfterMs?: number;
  /** Settles kept for replay while Redis is down; the oldest are dropped beyond this. */
  readonly maxPendingSettles?: number;
  /** Told about each failure of the shared limiter. */
  readonly onUnavailable?: (error: LimitsUnavailableError) => void;
  /**
   * Slow replies (timeouts, busy replies) in a row before Redis is taken as down; default 3. A
   * lost connection counts as down at once. One slow reply only fails its own request.
   */
  readonly downAfterFailures?: number;
  /** Health check (a `PING`): run after a slow reply to decide at once, and while down to come back early. */
  readonly probe?: () => Promise<unknown>;
  /** Told each time a request is decided by the outage policy instead of Redis, for the metric and log. */
  readonly onFallback?: (event: FallbackEvent) => void;
}

/** One decision made without Redis: which operation, what the policy did, and why Redis was not used. */
export interface FallbackEvent {
  readonly operation: 'admit' | 'reserve' | 'extend' | 'settle' | 'adjust' | 'remaining';
  /** `refused` (fail-closed), `admitted` (fail-open, counted locally) or `queued` (a settle kept for replay). */
  readonly outcome: 'refused' | 'admitted' | 'queued';
  /** The failure behind it; `down` when Redis was not asked because it is taken as down. */
  readonly reason: UnavailableReason | 'down';
}

type PendingSettle = { readonly reservation: Reservation; readonly run: (limiter: Limiter) => Promise<SettleResult> };

/**
 * Applies the outage policy around the shared limiter. While Redis answers, it is the only source
 * of truth. When it does not, requests are refused or admitted per kind (see `OutagePolicies`);
 * degraded admissions stay in the fallback to their end, and settles that Redis missed are
 * replayed once it answers again (settle is idempotent, so a replay never double-counts).
 */
export class ResilientLimiter implements Limiter {
  private readonly policies: OutagePolicies;
  private readonly clock: Clock;
  private readonly probeAfterMs: number;
  private readonly maxPending: number;
  private readonly pending: PendingSettle[] = [];
  private downUntil = 0;
  private failures = 0;
  private probing = false;
  private probeTimer: NodeJS.Timeout | undefined;
  private flushing: Promise<number> | undefined;

  constructor(private readonly settings: ResilientLimiterSettings) {
    this.policies = Object.freeze({ ...DEFAULT_OUTAGE_POLICIES, ...settings.policies });
    this.clock = settings.clock ?? Date.now;
    this.probeAfterMs = settings.probeAfterMs ?? 1_000;
    this.maxPending = settings.maxPendingSettles ?? 10_000;
  }

  /** Settles waiting for Redis to come back. */
  get pendingSettles(): number {
    return this.pending.length;
  }

  async admit(request: AdmitRequest): Promise<Admission | Refusal> {
    const result = await this.tryPrimary((primary) => primary.admit(request));
    if (result.ok) return result.value;
    const closed = failClosedSpec(request, this.policies);
    this.fellBack('admit', closed ? 'refused' : 'admitted', result.reason);
    if (closed) return this.unavailable(closed);
    return this.settings.fallback.admit(request);
  }

  complete(admission: Admission, actuals: Actuals): Promise<SettleResult> {
    return this.settleVia(admission.reservation, (limiter) => limiter.complete(admission, actuals));
  }

  async reserve(request: ReserveRequest): Promise<Reservation | Refusal> {
    const result = await this.tryPrimary((primary) => primary.reserve(request));
    if (result.ok) return result.value;
    const closed = failClosedSpec({ requestId: request.id, scopes: request.budgets.map((budget) => budget.scope), limits: [], budgets: request.budgets, estimatedTokens: 0, reserveMicros: request.amountMicros }, this.policies);
    this.fellBack('reserve', closed ? 'refused' : 'admitted', result.reason);
    if (closed) return this.unavailable(closed);
    return this.settings.fallback.reserve(request);
  }

  settle(reservation: Reservation, actualMicros: number): Promise<SettleResult> {
    return this.settleVia(reservation, (limiter) => limiter.settle(reservation, actualMicros));
  }

  async extend(reservation: Reservation, extraMicros: number): Promise<Reservation | Refusal> {
    if (reservation.degraded) return this.settings.fallback.extend(reservation, extraMicros);
    const result = await this.tryPrimary((primary) => primary.extend(reservation, extraMicros));
    if (result.ok) return result.value;
    const closed = failClosedHold(reservation, this.policies);
    this.fellBack('extend', closed ? 'refused' : 'admitted', result.reason);
    if (closed) return this.unavailable(closed);
    // Fail open: let the stream go on; the next extend that reaches Redis holds the full total.
    return { ...reservation, heldMicros: reservation.heldMicros + extraMicros };
  }

  async adjustTokens(limit: LimitSpec, delta: number): Promise<void> {
    const result = await this.tryPrimary((primary) => primary.adjustTokens(limit, delta));
    if (result.ok) return;
    this.fellBack('adjust', 'admitted', result.reason);
    await this.settings.fallback.adjustTokens(limit, delta);
  }

  async remaining(query: RemainingQuery): Promise<RemainingReport> {
    const result = await this.tryPrimary((primary) => primary.remaining(query));
    if (result.ok) return result.value;
    this.fellBack('remaining', 'admitted', result.reason);
    return this.settings.fallback.remaining(query);
  }

  /** Replays settles Redis missed, oldest first; stops at the first failure. Returns how many were sent. */
  flushPending(): Promise<number> {
    // One replay at a time: two would both send the head of the queue and then drop two entries.
    this.flushing ??= this.replay().finally(() => {
      this.flushing = undefined;
    });
    return this.flushing;
  }

  private async replay(): Promise<number> {
    let sent = 0;
    while (this.pending.length > 0) {
      const result = await this.tryPrimary((primary) => this.pending[0].run(primary), false);
      if (!result.ok) break;
      this.pending.shift();
      sent += 1;
    }
    return sent;
  }

  async close(): Promise<void> {
    clearTimeout(this.probeTimer);
    await Promise.all([this.settings.primary.close(), this.settings.fallback.close()]);
  }

  private async settleVia(reservation: Reservation, run: PendingSettle['run']): Promise<SettleResult> {
    if (reservation.degraded) return run(this.settings.fallback);
    const result = await this.tryPrimary(run);
    if (result.ok) return result.value;
    if (this.pending.length >= this.maxPending) this.pending.shift();
    this.pending.push({ reservation, run });
    this.fellBack('settle', 'queued', result.reason);
    return { settled: false, recorded: false, budgets: reservation.budgets };
  }

  /** Runs `operation` on the primary unless Redis is taken as down; replays pending settles after a success. */
  private async tryPrimary<T>(operation: (primary: Limiter) => Promise<T>, flush = true): Promise<{ ok: true; value: T } | { ok: false; reason: FallbackEvent['reason'] }> {
    if (this.clock() < this.downUntil) return { ok: false, reason: 'down' };
    try {
      const value = await operation(this.settings.primary);
      this.failures = 0;
      if (flush && this.pending.length > 0) this.flushPending().catch(() => {});
      return { ok: true, value };
    } catch (error) {
      if (!(error instanceof LimitsUnavailableError)) throw error;
      this.failures += 1;
      this.settings.onUnavailable?.(error);
      if (error.reason === 'unreachable' || this.failures >= this.downAfter) this.markDown();
      else this.checkHealth();
      return { ok: false, reason: error.reason };
    }
  }

  private get downAfter(): number {
    return this.settings.downAfterFailures ?? 3;
  }

  /** Skip Redis for `probeAfterMs`; with a probe, keep checking so that it is used again as soon as it answers. */
  private markDown(): void {
    this.downUntil = this.clock() + this.probeAfterMs;
    if (!this.settings.probe || this.probeTimer) return;
    this.probeTimer = setTimeout(() => {
      this.probeTimer = undefined;
      this.checkHealth();
    }, this.probeAfterMs);
    this.probeTimer.unref();
  }

  /** One health probe at a time: success clears the failures (a slow reply was only slow), failure marks Redis down. */
  private checkHealth(): void {
    const probe = this.settings.probe;
    if (!probe || this.probing) return;
    this.probing = true;
    probe().then(
      () => {
        this.probing = false;
        this.failures = 0;
        this.downUntil = 0;
        if (this.pending.length > 0) this.flushPending().catch(() => {});
      },
      () => {
        this.probing = false;
        this.markDown();
      },
    );
  }

  private fellBack(operation: FallbackEvent['operation'], outcome: FallbackEvent['outcome'], reason: FallbackEvent['reason']): void {
    this.settings.onFallback?.({ operation, outcome, reason });
  }

  private unavailable(spec: BudgetSpec | LimitSpec): Refusal {
    const limit = 'limitMicros' in spec ? spec.limitMicros : spec.limit;
    return { ok: false, kind: 'unavailable', scope: spec.scope, limit, remaining: 0, retryAfterMs: this.probeAfterMs };
  }
}
