import { ERROR_TABLE, type ErrorCode } from './error-codes.js';

export interface GridErrorOptions {
  param?: string | null;
  /** Status the upstream answered with, when the error came from a provider. */
  upstreamStatus?: number;
  /** Seconds the caller should wait, from the upstream's `retry-after` or our own limiter. */
  retryAfterSeconds?: number;
  /** Extra response headers the error should carry (e.g. `x-should-retry`). */
  headers?: Record<string, string>;
  cause?: unknown;
}

/** The envelope every API error is returned in (OpenAI style). */
export interface ErrorEnvelope {
  error: { message: string; type: string; code: ErrorCode; param: string | null };
}

const RETRYABLE_UPSTREAM = new Set([408, 409, 429]);

/** The one error type of the gateway: a code from the closed list, a message and optional details. */
export class GridError extends Error {
  readonly code: ErrorCode;
  readonly param: string | null;
  readonly upstreamStatus?: number;
  readonly retryAfterSeconds?: number;
  readonly headers?: Record<string, string>;

  constructor(code: ErrorCode, message: string, options: GridErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'GridError';
    this.code = code;
    this.param = options.param ?? null;
    this.upstreamStatus = options.upstreamStatus;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.headers = options.headers;
  }

  get status(): number {
    return ERROR_TABLE[this.code].status;
  }

  get type(): string {
    return ERROR_TABLE[this.code].type;
  }

  /** Whether repeating the same request may succeed: timeouts, conflicts, rate limits and 5xx. */
  get isRetryable(): boolean {
    if (this.code === 'upstream_timeout' || this.code === 'upstream_unreachable') return true;
    const status = this.upstreamStatus;
    if (status === undefined) return false;
    return RETRYABLE_UPSTREAM.has(status) || status >= 500;
  }

  toEnvelope(): ErrorEnvelope {
    return { error: { message: this.message, type: this.type, code: this.code, param: this.param } };
  }
}

/** Wraps anything thrown into a GridError without leaking internals to the client. */
export function toGridError(error: unknown): GridError {
  if (error instanceof GridError) return error;
  return new GridError('internal_error', 'The gateway hit an unexpected error.', { cause: error });
}

/** Parses a `retry-after` header (seconds or HTTP date) into seconds. */
export function parseRetryAfter(value: string | string[] | undefined, now = Date.now()): number | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  if (!text) return undefined;
  const seconds = Number(text);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}
