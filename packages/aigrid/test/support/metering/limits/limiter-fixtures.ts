import { randomUUID } from 'node:crypto';
import type { Admission, AdmitRequest, BudgetSpec, Clock, Limiter, LimiterOptions, LimitSpec, Refusal, Reservation } from '../../../../src/metering/limits/limit-types.js';

/** A limiter under test and how to tear it down. */
export interface LimiterFixture {
  readonly limiter: Limiter;
  dispose(): Promise<void>;
}

/** Opens a fresh limiter driven by `clock`; each call must not share counters with the last. */
export type OpenLimiter = (clock: Clock, options?: Partial<LimiterOptions>) => Promise<LimiterFixture>;

/** Wednesday 15 January 2025, 12:00 UTC: the conformance suites' day one. */
export const DAY_ONE_NOON = Date.UTC(2025, 0, 15, 12);

/** A clock the test moves by hand. */
export class ManualClock {
  constructor(public now: number = DAY_ONE_NOON) {}
  readonly read: Clock = () => this.now;
  advance(ms: number): void {
    this.now += ms;
  }
}

/** A scope name no other test uses. */
export function uniqueScope(kind = 'tenant'): string {
  return `${kind}:t-${randomUUID().slice(0, 8)}`;
}

export function hardBudget(scope: string, limitMicros: number, period: BudgetSpec['period'] = 'day'): BudgetSpec {
  return { scope, period, limitMicros, mode: 'hard' };
}

export function softBudget(scope: string, limitMicros: number, period: BudgetSpec['period'] = 'day'): BudgetSpec {
  return { scope, period, limitMicros, mode: 'soft' };
}

/** An admit request with no limits unless given. */
export function admitRequest(parts: Partial<AdmitRequest> & { scopes: string[] }): AdmitRequest {
  return { requestId: `req-${randomUUID()}`, limits: [], budgets: [], estimatedTokens: 0, reserveMicros: 0, ...parts };
}

export function rpm(scope: string, limit: number, windowMs = 60_000): LimitSpec {
  return { scope, kind: 'requests', limit, windowMs };
}

export function tpm(scope: string, limit: number, windowMs = 60_000): LimitSpec {
  return { scope, kind: 'tokens', limit, windowMs };
}

export function concurrency(scope: string, limit: number): LimitSpec {
  return { scope, kind: 'concurrency', limit };
}

/** Narrows to an admission, failing with the refusal otherwise. */
export function admitted(result: Admission | Refusal): Admission {
  if (!result.ok) throw new Error(`expected an admission, got refusal ${JSON.stringify(result)}`);
  return result;
}

/** Narrows to a reservation, failing with the refusal otherwise. */
export function reserved(result: Reservation | Refusal): Reservation {
  if ('ok' in result && result.ok === false) throw new Error(`expected a reservation, got refusal ${JSON.stringify(result)}`);
  return result as Reservation;
}

/** Narrows to a refusal. */
export function refused(result: Admission | Reservation | Refusal): Refusal {
  if (!('ok' in result) || result.ok !== false) throw new Error(`expected a refusal, got ${JSON.stringify(result).slice(0, 300)}`);
  return result;
}
