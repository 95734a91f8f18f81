/**
 * The public shapes of the limits engine: what a request asks for (budgets, rate limits,
 * concurrency), what it gets back (an admission or a refusal), and the `Limiter` port that the
 * in-memory and Redis implementations both satisfy. Money is integer micro-USD throughout.
 */

/** Milliseconds since the epoch. Passed in so tests can move time. */
export type Clock = () => number;

/** A scope name such as `tenant:acme`, `project:acme/search`, `key:key_123`, `model:acme/gpt-4o`. */
export type Scope = string;

export type BudgetPeriod = 'day' | 'week' | 'month' | 'total';

/** A money budget attached to one scope for one calendar period (UTC). */
export interface BudgetSpec {
  readonly scope: Scope;
  readonly period: BudgetPeriod;
  /** Integer micro-USD. */
  readonly limitMicros: number;
  /** `hard` refuses a request that would exceed it; `soft` admits and reports `exceeded`. */
  readonly mode: 'hard' | 'soft';
}

/** `requests` and `tokens` count per sliding window; `concurrency` counts requests in flight. */
export type LimitKind = 'requests' | 'tokens' | 'concurrency';

/** A rate or concurrency limit attached to one scope. */
export interface LimitSpec {
  readonly scope: Scope;
  readonly kind: LimitKind;
  /** Requests or tokens per window, or concurrent requests. Non-negative integer. */
  readonly limit: number;
  /** Window length for `requests` and `tokens`; 60 000 ms when omitted. Ignored for concurrency. */
  readonly windowMs?: number;
}

/** What the gateway asks for before calling a model. */
export interface AdmitRequest {
  /** Unique per request; becomes the reservation id and the concurrency lease id. */
  readonly requestId: string;
  /** Every scope the request belongs to; specs whose scope is not listed here are skipped. */
  readonly scopes: readonly Scope[];
  readonly limits: readonly LimitSpec[];
  readonly budgets: readonly BudgetSpec[];
  /** Charged against `tokens` limits now and corrected at `complete`. Non-negative integer. */
  readonly estimatedTokens: number;
  /** Held against every budget until settled. Integer micro-USD. */
  readonly reserveMicros: number;
}

/** Why something was refused, or (with `soft: true`) which soft budget a request went over. */
export interface LimitBreach {
  readonly kind: 'budget' | 'rate' | 'tokens' | 'concurrency' | 'unavailable';
  readonly scope: Scope;
  /** The limit that applied: micro-USD, requests, tokens or concurrent requests. */
  readonly limit: number;
  /** What is left of it now (never negative). */
  readonly remaining: number;
  /** When retrying may succeed; absent when waiting will not help within a window. */
  readonly retryAfterMs?: number;
  readonly soft?: boolean;
  /** For budgets: the period that refused. */
  readonly period?: BudgetPeriod;
}

/** A request that was turned away; nothing was charged anywhere. */
export interface Refusal extends LimitBreach {
  readonly ok: false;
}

/** A budget's state as seen by one operation. */
export interface BudgetStatus {
  readonly scope: Scope;
  readonly period: BudgetPeriod;
  readonly mode: 'hard' | 'soft';
  readonly limitMicros: number;
  readonly spentMicros: number;
  /** Held by in-flight reservations (this one included). */
  readonly reservedMicros: number;
  /** `limit − spent − reserved`, floored at 0. */
  readonly remainingMicros: number;
  readonly exceeded: boolean;
  /** End of the period (epoch ms); absent for `total`. */
  readonly resetsAt?: number;
}

/** A rate or concurrency limit's state as seen by one operation. */
export interface RateStatus {
  readonly scope: Scope;
  readonly kind: LimitKind;
  readonly limit: number;
  readonly used: number;
  readonly remaining: number;
  readonly windowMs?: number;
}

/** Where a reservation's money is held: one budget counter. Opaque to callers. */
export interface BudgetHold {
  readonly spec: BudgetSpec;
  readonly key: string;
  readonly holdsKey: string;
  /** End of the period the money is charged to (the admission's period, even if settled later). */
  readonly resetsAt?: number;
  /** Until when the counter is kept (period end plus retention, epoch ms); absent for `total`. */
  readonly retainUntil?: number;
}

/** A concurrency slot held by a reservation. Opaque to callers. */
export interface LeaseHold {
  readonly spec: LimitSpec;
  readonly key: string;
}

/** Money (and concurrency slots) held for one request until it is settled or expires. */
export interface Reservation {
  readonly id: string;
  /** Total held on each budget, including extensions. */
  readonly heldMicros: number;
  readonly expiresAt: number;
  readonly holds: readonly BudgetHold[];
  readonly leases: readonly LeaseHold[];
  readonly budgets: readonly BudgetStatus[];
  /** Soft budgets this reservation took over their limit. */
  readonly exceeded: readonly LimitBreach[];
  /** True when admitted by the local fallback during a Redis outage. */
  readonly degraded: boolean;
}

/** Tokens charged to a window at admission, so the estimate can be corrected later. */
export interface TokenCharge {
  readonly spec: LimitSpec;
  readonly key: string;
  readonly bucket: number;
  readonly tokens: number;
}

/** A request that may proceed. Keep it until `complete`. */
export interface Admission {
  readonly ok: true;
  readonly requestId: string;
  /** The limiter's time at admission (Redis server time when no clock is configured). */
  readonly admittedAt: number;
  readonly reservation: Reservation;
  readonly tokenCharges: readonly TokenCharge[];
  readonly rates: readonly RateStatus[];
  readonly exceeded: readonly LimitBreach[];
  readonly degraded: boolean;
}

/** What a request really cost, known once it ended. */
export interface Actuals {
  readonly actualMicros: number;
  /** When omitted, the token estimate stands. */
  readonly actualTokens?: number;
}

/** The outcome of settling: `settled` is false when this reservation was settled before. */
export interface SettleResult {
  readonly settled: boolean;
  readonly budgets: readonly BudgetStatus[];
  /** False when the backend could not be reached; the settle is queued for retry. */
  readonly recorded: boolean;
}

/** A plain budget reservation without rate limits (see `Limiter.reserve`). */
export interface ReserveRequest {
  readonly id: string;
  readonly budgets: readonly BudgetSpec[];
  readonly amountMicros: number;
}

/** What to report in "remaining" headers. */
export interface RemainingQuery {
  readonly scopes: readonly Scope[];
  readonly budgets: readonly BudgetSpec[];
  readonly limits: readonly LimitSpec[];
}

export interface RemainingReport {
  readonly budgets: readonly BudgetStatus[];
  readonly rates: readonly RateStatus[];
  readonly degraded: boolean;
}

/**
 * The limits engine. Every method is atomic: an operation either applies to all the budgets and
 * limits it names or to none of them, also across gateway processes sharing one Redis.
 */
export interface Limiter {
  /** Checks rate limits, concurrency and budgets together; charges all of them or nothing. */
  admit(request: AdmitRequest): Promise<Admission | Refusal>;
  /** Settles the money, corrects the token estimate and releases the concurrency lease. Idempotent. */
  complete(admission: Admission, actuals: Actuals): Promise<SettleResult>;
  /** Holds money on budgets only: `admit` without rate limits. */
  reserve(request: ReserveRequest): Promise<Reservation | Refusal>;
  /** Moves `actualMicros` into spent, drops the hold and releases leases. Idempotent on the id. */
  settle(reservation: Reservation, actualMicros: number): Promise<SettleResult>;
  /** Holds `extraMicros` more (streaming) and renews the TTL of the hold and its leases. */
  extend(reservation: Reservation, extraMicros: number): Promise<Reservation | Refusal>;
  /** Adds (or with a negative delta removes) tokens in the current window of a `tokens` limit. */
  adjustTokens(limit: LimitSpec, delta: number): Promise<void>;
  /** Current state of the given budgets and limits, for response headers and the admin API. */
  remaining(query: RemainingQuery): Promise<RemainingReport>;
  close(): Promise<void>;
}

/** Tunables shared by both implementations. */
export interface LimiterOptions {
  /** How long a reservation (and its leases) lives without settle or extend. */
  readonly reservationTtlMs: number;
  /**
   * How long a settled reservation id is remembered, making a repeated settle a no-op. Costs about
   * 100 bytes per request for this long (30 min at 1 000 requests/s ≈ 180 MB in Redis).
   */
  readonly settledMemoryMs: number;
  /** Sub-windows per rate window; the window slides one bucket at a time. */
  readonly bucketsPerWindow: number;
  /** How long budget counters are kept after their period ends. */
  readonly budgetRetentionMs: number;
  /** `retryAfterMs` suggested when concurrency is full (no one knows when a slot frees up). */
  readonly concurrencyRetryMs: number;
}

export const DEFAULT_LIMITER_OPTIONS: LimiterOptions = Object.freeze({
  reservationTtlMs: 10 * 60_000,
  settledMemoryMs: 30 * 60_000,
  bucketsPerWindow: 60,
  budgetRetentionMs: 24 * 60 * 60_000,
  concurrencyRetryMs: 1_000,
});
