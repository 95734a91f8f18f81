import { EngineLimiter } from './engine-limiter.js';
import type { Clock, LimiterOptions } from './limit-types.js';
import { MemoryLimitEngine } from './memory-limit-engine.js';

export interface MemoryLimiterSettings {
  readonly clock?: Clock;
  readonly options?: Partial<LimiterOptions>;
  /** Mark admissions degraded (the fail-open fallback during a Redis outage). */
  readonly degraded?: boolean;
}

/**
 * The embedded limiter: exact and atomic within one process, the default when no Redis is
 * configured. With several gateway processes each would count alone, so use Redis there.
 */
export function createMemoryLimiter(settings: MemoryLimiterSettings = {}): EngineLimiter {
  return new EngineLimiter(new MemoryLimitEngine(), settings);
}
