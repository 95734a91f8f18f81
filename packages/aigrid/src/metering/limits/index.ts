/**
 * The limits engine: budgets (money) and rate, token and concurrency limits, enforced atomically
 * in one process (memory) or across many (Redis). See docs/limits.md.
 */
export type {
  Actuals,
  Admission,
  AdmitRequest,
  BudgetPeriod,
  BudgetSpec,
  BudgetStatus,
  Clock,
  Limiter,
  LimiterOptions,
  LimitBreach,
  LimitKind,
  LimitSpec,
  RateStatus,
  Refusal,
  RemainingQuery,
  RemainingReport,
  Reservation,
  ReserveRequest,
  Scope,
  SettleResult,
} from './limit-types.js';
export { DEFAULT_LIMITER_OPTIONS } from './limit-types.js';
export { periodAt, type PeriodWindow } from './budget-period.js';
export { requestScopes, type RequestIdentity } from './limit-scopes.js';
export { createMemoryLimiter, type MemoryLimiterSettings } from './memory-limiter.js';
export { createRedisLimiter, limiterRedisOptions, openLimiterRedis, pingRedis, waitForRedis, type RedisLimiterSettings } from './redis-limiter.js';
export { ResilientLimiter, type FallbackEvent, type ResilientLimiterSettings } from './resilient-limiter.js';
export { DEFAULT_OUTAGE_POLICIES, type OutagePolicies, type OutagePolicy } from './outage-policy.js';
export { LimitsUnavailableError, type UnavailableReason } from './limits-unavailable-error.js';
export { LIMIT_ERROR_TABLE, refusalError, type LimitErrorCode, type RefusalError } from './limit-error-codes.js';
export { limitHeaders, type HeaderSource } from './limit-headers.js';
export { EngineLimiter, type EngineLimiterOptions } from './engine-limiter.js';
