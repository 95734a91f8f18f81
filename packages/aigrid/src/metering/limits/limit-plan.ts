import { periodAt } from './budget-period.js';
import type { PlannedBudget, PlannedLease, PlannedWindow } from './limit-engine.js';
import { limitKeys } from './limit-keys.js';
import type { AdmitRequest, BudgetHold, BudgetSpec, LeaseHold, LimiterOptions, LimitSpec } from './limit-types.js';
import { bucketLength } from './window-math.js';

const DEFAULT_WINDOW_MS = 60_000;

/** A rate limit resolved to its counter, aligned with the planned window of the same index. */
export interface WindowEntry {
  readonly spec: LimitSpec & { readonly kind: 'requests' | 'tokens' };
  readonly planned: PlannedWindow;
}

/** The budget holds, windows and leases one admission touches, in check order. */
export interface AdmitLayout {
  readonly holds: readonly BudgetHold[];
  readonly windows: readonly WindowEntry[];
  readonly leases: readonly LeaseHold[];
}

/**
 * Remembers each budget spec's counter until its period ends. The gateway rebuilds specs only
 * when governance changes (keeping unchanged ones), so the same objects recur on every request
 * and the calendar arithmetic runs once per period.
 */
export class HoldCache {
  private readonly entries = new WeakMap<BudgetSpec, { hold: BudgetHold; startsAt?: number; endsAt?: number }>();

  constructor(private readonly options: LimiterOptions) {}

  /** The hold for `spec` at `now`. */
  get(spec: BudgetSpec, now: number): BudgetHold {
    const cached = this.entries.get(spec);
    if (cached && !(cached.startsAt !== undefined && now < cached.startsAt) && !(cached.endsAt !== undefined && now >= cached.endsAt)) return cached.hold;
    const period = periodAt(spec.period, now);
    const hold = budgetHold(spec, now, this.options);
    this.entries.set(spec, { hold, startsAt: period.startsAt, endsAt: period.endsAt });
    return hold;
  }
}

/** Resolves the request's specs (those whose scope the request belongs to) to counters at `now`. */
export function layoutAdmission(request: AdmitRequest, now: number, options: LimiterOptions, cache = new HoldCache(options)): AdmitLayout {
  validateAdmitRequest(request);
  const scopes = new Set(request.scopes);
  const holds = request.budgets.filter((spec) => scopes.has(spec.scope)).map((spec) => cache.get(spec, now));
  const windows: WindowEntry[] = [];
  const leases: LeaseHold[] = [];
  const windowCharged = new Set<string>();
  for (const spec of request.limits) {
    if (!scopes.has(spec.scope)) continue;
    if (spec.kind === 'concurrency') {
      leases.push({ spec, key: limitKeys.leases(spec.scope) });
      continue;
    }
    const windowMs = spec.windowMs ?? DEFAULT_WINDOW_MS;
    const key = limitKeys.window(spec.kind, windowMs, spec.scope);
    const amount = spec.kind === 'requests' ? 1 : request.estimatedTokens;
    const bucketMs = bucketLength(windowMs, options.bucketsPerWindow);
    const charge = !windowCharged.has(key);
    windowCharged.add(key);
    windows.push({ spec: { ...spec, kind: spec.kind, windowMs }, planned: { key, limit: spec.limit, windowMs, bucketMs, amount, charge } });
  }
  return { holds, windows, leases };
}

/** The counter a budget charges at `now`, and how long to keep it. */
export function budgetHold(spec: BudgetSpec, now: number, options: LimiterOptions): BudgetHold {
  const period = periodAt(spec.period, now);
  const hold = {
    spec,
    key: limitKeys.budget(spec.period, period.id, spec.scope),
    holdsKey: limitKeys.holds(spec.period, period.id, spec.scope),
  };
  if (period.endsAt === undefined) return hold;
  return { ...hold, resetsAt: period.endsAt, retainUntil: period.endsAt + options.budgetRetentionMs };
}

/** Budgets as engine entries; only the first hold per counter charges. */
export function plannedBudgets(holds: readonly BudgetHold[]): PlannedBudget[] {
  const seen = new Set<string>();
  return holds.map((hold) => {
    const charge = !seen.has(hold.key);
    seen.add(hold.key);
    return {
      key: hold.key,
      holdsKey: hold.holdsKey,
      hard: hold.spec.mode === 'hard',
      limit: hold.spec.limitMicros,
      charge,
      retainUntil: hold.retainUntil,
    };
  });
}

/** Leases as engine entries; one lease per scope however many concurrency limits name it. */
export function plannedLeases(leases: readonly LeaseHold[]): PlannedLease[] {
  const seen = new Set<string>();
  return leases.map((lease) => {
    const charge = !seen.has(lease.key);
    seen.add(lease.key);
    return { key: lease.key, limit: lease.spec.limit, charge };
  });
}

/** Throws on a malformed request: these are programming errors, not refusals. */
export function validateAdmitRequest(request: AdmitRequest): void {
  if (typeof request.requestId !== 'string' || request.requestId.length === 0) {
    throw new TypeError('requestId must be a non-empty string');
  }
  requireCount(request.reserveMicros, 'reserveMicros');
  requireCount(request.estimatedTokens, 'estimatedTokens');
  for (const budget of request.budgets) {
    requireCount(budget.limitMicros, `budget ${budget.scope} limitMicros`);
    if (!['day', 'week', 'month', 'total'].includes(budget.period)) throw new TypeError(`budget ${budget.scope}: unknown period '${budget.period}'`);
    if (budget.mode !== 'hard' && budget.mode !== 'soft') throw new TypeError(`budget ${budget.scope}: mode must be 'hard' or 'soft'`);
  }
  for (const limit of request.limits) {
    requireCount(limit.limit, `${limit.kind} limit ${limit.scope}`);
    if (!['requests', 'tokens', 'concurrency'].includes(limit.kind)) throw new TypeError(`limit ${limit.scope}: unknown kind '${limit.kind}'`);
    if (limit.windowMs !== undefined && !(Number.isSafeInteger(limit.windowMs) && limit.windowMs > 0)) {
      throw new RangeError(`limit ${limit.scope}: windowMs must be a positive integer`);
    }
  }
}

/** Money and token counts are non-negative safe integers (micro-USD, never floats). */
export function requireCount(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
}
