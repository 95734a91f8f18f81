import type { LimitEngine } from './limit-engine.js';
import { HoldCache, layoutAdmission, plannedBudgets, plannedLeases, requireCount, type AdmitLayout } from './limit-plan.js';
import { budgetRefusal, budgetStatus, leaseRefusal, leaseStatus, softBreaches, windowRefusal, windowStatus } from './limit-results.js';
import type {
  Actuals,
  Admission,
  AdmitRequest,
  Clock,
  Limiter,
  LimiterOptions,
  LimitSpec,
  Refusal,
  RemainingQuery,
  RemainingReport,
  Reservation,
  ReserveRequest,
  SettleResult,
} from './limit-types.js';
import { DEFAULT_LIMITER_OPTIONS } from './limit-types.js';
import { limitKeys } from './limit-keys.js';
import { bucketLength } from './window-math.js';

export interface EngineLimiterOptions {
  readonly clock?: Clock;
  readonly options?: Partial<LimiterOptions>;
  /** Marks every admission as degraded: set on the local fallback used during an outage. */
  readonly degraded?: boolean;
}

/**
 * The `Limiter` over any `LimitEngine`: validates, resolves periods and counters, and turns the
 * engine's raw numbers into admissions, refusals and statuses. Both engines share this code, so
 * they can differ only in how they store counters, which the conformance suite checks.
 */
export class EngineLimiter implements Limiter {
  private readonly clock: Clock;
  private readonly options: LimiterOptions;
  private readonly degraded: boolean;
  private readonly holdCache: HoldCache;

  constructor(
    private readonly engine: LimitEngine,
    settings: EngineLimiterOptions = {},
  ) {
    this.clock = settings.clock ?? Date.now;
    this.options = Object.freeze({ ...DEFAULT_LIMITER_OPTIONS, ...settings.options });
    this.degraded = settings.degraded ?? false;
    this.holdCache = new HoldCache(this.options);
  }

  async admit(request: AdmitRequest): Promise<Admission | Refusal> {
    const now = this.clock();
    const layout = layoutAdmission(request, now, this.options, this.holdCache);
    const budgets = plannedBudgets(layout.holds);
    const leases = plannedLeases(layout.leases);
    const raw = await this.engine.admit({
      id: request.requestId,
      now,
      amount: request.reserveMicros,
      ttlMs: this.options.reservationTtlMs,
      budgets,
      windows: layout.windows.map((entry) => entry.planned),
      leases,
    });
    if (!raw.ok) {
      if (raw.list === 'budgets') return budgetRefusal(layout.holds[raw.index], raw.used, raw.now);
      if (raw.list === 'windows') return windowRefusal(layout.windows[raw.index], raw.used, raw.retryAfterMs);
      return leaseRefusal(layout.leases[raw.index], raw.used, this.options.concurrencyRetryMs);
    }
    const statuses = layout.holds.map((hold, index) => budgetStatus(hold, raw.budgets[index]));
    const exceeded = softBreaches(statuses);
    const reservation: Reservation = {
      id: request.requestId,
      heldMicros: request.reserveMicros,
      expiresAt: raw.now + this.options.reservationTtlMs,
      holds: layout.holds,
      leases: layout.leases,
      budgets: statuses,
      exceeded,
      degraded: this.degraded,
    };
    return {
      ok: true,
      requestId: request.requestId,
      admittedAt: raw.now,
      reservation,
      tokenCharges: tokenCharges(layout, raw.windows),
      rates: [
        ...layout.windows.map((entry, index) => windowStatus(entry, raw.windows[index].used)),
        ...layout.leases.map((lease, index) => leaseStatus(lease, raw.leases[index])),
      ],
      exceeded,
      degraded: this.degraded,
    };
  }

  async complete(admission: Admission, actuals: Actuals): Promise<SettleResult> {
    const tokens = actuals.actualTokens;
    if (tokens !== undefined) requireCount(tokens, 'actualTokens');
    const corrections =
      tokens === undefined
        ? []
        : admission.tokenCharges
            .filter((charge) => charge.tokens !== tokens)
            .map((charge) => {
              const windowMs = charge.spec.windowMs ?? 60_000;
              return { key: charge.key, bucket: charge.bucket, windowMs, bucketMs: this.bucketMs(windowMs), delta: tokens - charge.tokens };
            });
    return this.settleWith(admission.reservation, actuals.actualMicros, corrections);
  }

  async reserve(request: ReserveRequest): Promise<Reservation | Refusal> {
    const scopes = request.budgets.map((budget) => budget.scope);
    const result = await this.admit({ requestId: request.id, scopes, limits: [], budgets: request.budgets, estimatedTokens: 0, reserveMicros: request.amountMicros });
    return result.ok ? result.reservation : result;
  }

  async settle(reservation: Reservation, actualMicros: number): Promise<SettleResult> {
    return this.settleWith(reservation, actualMicros, []);
  }

  async extend(reservation: Reservation, extraMicros: number): Promise<Reservation | Refusal> {
    requireCount(extraMicros, 'extraMicros');
    const held = reservation.heldMicros + extraMicros;
    requireCount(held, 'heldMicros');
    const raw = await this.engine.extend({
      id: reservation.id,
      now: this.clock(),
      held,
      ttlMs: this.options.reservationTtlMs,
      budgets: plannedBudgets(reservation.holds),
      leases: plannedLeases(reservation.leases),
    });
    if (!raw.ok) {
      if (raw.settled) throw new Error(`reservation ${reservation.id} was already settled and cannot be extended`);
      return budgetRefusal(reservation.holds[raw.index], raw.used, raw.now);
    }
    const budgets = reservation.holds.map((hold, index) => budgetStatus(hold, raw.budgets[index]));
    return { ...reservation, heldMicros: held, expiresAt: raw.now + this.options.reservationTtlMs, budgets, exceeded: softBreaches(budgets) };
  }

  async adjustTokens(limit: LimitSpec, delta: number): Promise<void> {
    if (!Number.isSafeInteger(delta)) throw new RangeError(`token delta must be an integer, got ${delta}`);
    if (limit.kind !== 'tokens') throw new TypeError(`adjustTokens needs a 'tokens' limit, got '${limit.kind}'`);
    const windowMs = limit.windowMs ?? 60_000;
    const key = limitKeys.window('tokens', windowMs, limit.scope);
    await this.engine.settle({
      id: '',
      now: this.clock(),
      actual: 0,
      idempotent: false,
      settledMemoryMs: 0,
      budgets: [],
      tokens: [{ key, bucket: -1, windowMs, bucketMs: this.bucketMs(windowMs), delta }],
      leases: [],
    });
  }

  async remaining(query: RemainingQuery): Promise<RemainingReport> {
    const now = this.clock();
    const layout = layoutAdmission({ ...query, requestId: 'remaining', estimatedTokens: 0, reserveMicros: 0 }, now, this.options, this.holdCache);
    const raw = await this.engine.peek({
      now,
      budgets: plannedBudgets(layout.holds),
      windows: layout.windows.map((entry) => entry.planned),
      leases: plannedLeases(layout.leases),
    });
    return {
      budgets: layout.holds.map((hold, index) => budgetStatus(hold, raw.budgets[index])),
      rates: [
        ...layout.windows.map((entry, index) => windowStatus(entry, raw.windows[index])),
        ...layout.leases.map((lease, index) => leaseStatus(lease, raw.leases[index])),
      ],
      degraded: this.degraded,
    };
  }

  close(): Promise<void> {
    return this.engine.close();
  }

  private async settleWith(reservation: Reservation, actualMicros: number, tokens: SettleTokens): Promise<SettleResult> {
    requireCount(actualMicros, 'actualMicros');
    const raw = await this.engine.settle({
      id: reservation.id,
      now: this.clock(),
      actual: actualMicros,
      idempotent: true,
      settledMemoryMs: this.options.settledMemoryMs,
      budgets: plannedBudgets(reservation.holds),
      tokens,
      leases: plannedLeases(reservation.leases),
    });
    return { settled: raw.settled, recorded: true, budgets: reservation.holds.map((hold, index) => budgetStatus(hold, raw.budgets[index])) };
  }

  private bucketMs(windowMs: number): number {
    return bucketLength(windowMs, this.options.bucketsPerWindow);
  }
}

type SettleTokens = Parameters<LimitEngine['settle']>[0]['tokens'];

function tokenCharges(layout: AdmitLayout, windows: readonly { used: number; bucket: number }[]): Admission['tokenCharges'] {
  return layout.windows.flatMap((entry, index) =>
    entry.spec.kind === 'tokens' && entry.planned.charge ? [{ spec: entry.spec, key: entry.planned.key, bucket: windows[index].bucket, tokens: entry.planned.amount }] : [],
  );
}
