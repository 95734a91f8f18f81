import { Pool, type Dispatcher } from 'undici';
import type { ProviderConfig } from '../../config/config-types.js';
import { toAbortSignal, type CancelSignal } from '../../spec/cancel-signal.js';
import { GridError } from '../../spec/grid-error.js';
import { DeadlineList } from './deadline-list.js';
import { mapTransportError, mapUpstreamStatus } from './upstream-errors.js';

export interface UpstreamClientOptions {
  /** Provider name, used in error messages. */
  provider: string;
  baseUrl: string;
  headers: Readonly<Record<string, string>>;
  connectTimeoutMs: number;
  firstByteTimeoutMs: number;
  totalTimeoutMs: number;
  maxConnections: number;
  /** Injected for tests; by default a keep-alive undici Pool for the base URL's origin. */
  dispatcher?: Dispatcher;
  /** Maps an error answer to a GridError when the status alone is not enough (e.g. Gemini's bad-key 400). */
  mapErrorStatus?: (provider: string, status: number, body: string, retryAfter?: string | string[]) => GridError;
}

export interface UpstreamResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Dispatcher.ResponseData['body'];
  /** Releases the total-timeout timer; call when the body is done. */
  done(): void;
  /** Maps an error thrown while reading the body (timeout, abort, reset) to a GridError. */
  mapError(error: unknown): GridError;
}

/** A whole JSON answer: its bytes, the parsed value, the status and its headers by name. */
export interface JsonAnswer {
  raw: Uint8Array;
  value: any;
  status: number;
  header(name: string): string | undefined;
}

/** Makes a call's result from a 2xx answer: its bytes, its status and its headers by name. */
export type AnswerDecoder<T> = (raw: Buffer, status: number, header: (name: string) => string | undefined) => T;

/** An answer's bytes parsed as JSON; a body that is not JSON is the provider's fault. */
export function parseAnswer(provider: string, raw: Buffer): any {
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch (error) {
    throw new GridError('upstream_invalid_response', `Provider '${provider}' sent a body that is not JSON.`, { cause: error });
  }
}

/**
 * HTTP client for one provider: a keep-alive pool with TCP_NODELAY and separate connect,
 * first-byte and total timeouts. Non-2xx answers are thrown as GridError.
 */
export class UpstreamClient {
  private readonly pool: Dispatcher;
  private readonly basePath: string;
  private readonly origin: string;
  private readonly headersTimeoutMs: number;
  /** The provider's headers plus the JSON content type, built once: most calls add none of their own. */
  private readonly jsonHeaders: Readonly<Record<string, string>>;
  /** Total timeouts of whole-answer calls (all of one length), under one timer. */
  private readonly deadlines: DeadlineList;
  private readonly decodeJson: AnswerDecoder<JsonAnswer> = (raw, status, header) => ({ raw, value: parseAnswer(this.options.provider, raw), status, header });

  constructor(private readonly options: UpstreamClientOptions) {
    const url = new URL(options.baseUrl);
    this.origin = url.origin;
    this.basePath = url.pathname.replace(/\/+$/, '');
    this.headersTimeoutMs = Math.min(options.firstByteTimeoutMs, options.totalTimeoutMs);
    this.jsonHeaders = { ...options.headers, 'content-type': 'application/json' };
    this.deadlines = new DeadlineList(options.totalTimeoutMs);
    this.pool =
      options.dispatcher ??
      new Pool(url.origin, {
        connections: options.maxConnections,
        pipelining: 1,
        keepAliveTimeout: 30_000,
        connect: { timeout: options.connectTimeoutMs, noDelay: true },
        headersTimeout: options.firstByteTimeoutMs,
        // Longest silence allowed between body chunks of a stream.
        bodyTimeout: options.firstByteTimeoutMs,
      });
  }

  /**
   * POSTs a JSON body to `<baseUrl><path>` and resolves once the status line and headers arrived.
   * The caller's signal goes to undici as it is (no second controller per request): waiting for
   * headers is bounded by the first-byte timeout (capped by the total), and once headers are in,
   * a timer destroys the body when the total timeout runs out.
   */
  async postJson(path: string, body: string, signal: CancelSignal, extraHeaders?: Record<string, string>): Promise<UpstreamResponse> {
    const started = Date.now();
    let timedOut = false;
    const mapError = (error: unknown) =>
      mapTransportError(this.options.provider, error, signal.aborted ? 'client' : timedOut ? 'timeout' : undefined);
    let response: Dispatcher.ResponseData;
    try {
      response = await this.pool.request({
        origin: this.origin,
        method: 'POST',
        path: this.basePath + path,
        headers: this.headersWith(extraHeaders),
        body,
        signal: toAbortSignal(signal),
        headersTimeout: this.headersTimeoutMs,
      });
    } catch (error) {
      throw mapError(error);
    }
    const responseBody = response.body;
    const timer = setTimeout(() => {
      timedOut = true;
      responseBody.destroy(new Error('total timeout'));
    }, Math.max(0, this.options.totalTimeoutMs - (Date.now() - started)));
    const done = () => clearTimeout(timer);
    if (response.statusCode >= 400) {
      let text = '';
      try {
        text = await responseBody.text();
      } catch {
        // the error status is what matters
      }
      done();
      const map = this.options.mapErrorStatus ?? mapUpstreamStatus;
      throw map(this.options.provider, response.statusCode, text, response.headers['retry-after']);
    }
    return { status: response.statusCode, headers: response.headers, body: responseBody, done, mapError };
  }

  /** POSTs a JSON body and reads the whole answer, parsed (see `fetchAnswer`). */
  fetchJson(path: string, body: string | Uint8Array, signal: CancelSignal, extraHeaders?: Record<string, string>): Promise<JsonAnswer> {
    return this.fetchAnswer(path, body, signal, this.decodeJson, extraHeaders);
  }

  /**
   * POSTs a JSON body and reads the whole answer, for calls that are not streamed, then resolves
   * with what `decode` makes of a 2xx answer's bytes (an error it throws rejects the call). It
   * talks to the pool's dispatch API directly, with the same timeouts and error mapping as
   * postJson, but without a body stream object and its promise chain per call (they showed in
   * profiles).
   */
  fetchAnswer<T>(path: string, body: string | Uint8Array, signal: CancelSignal, decode: AnswerDecoder<T>, extraHeaders?: Record<string, string>): Promise<T> {
    const { provider } = this.options;
    return new Promise((resolve, reject) => {
      let reason: 'client' | 'timeout' | undefined;
      let abort: ((error: Error) => void) | undefined;
      let settled = false;
      const stop = (error: Error) => {
        if (abort) abort(error);
        else fail(error);
      };
      const onAbort = () => {
        reason = 'client';
        stop(new Error('client aborted'));
      };
      const deadline = this.deadlines.add(() => {
        reason = 'timeout';
        stop(new Error('total timeout'));
      });
      const settle = () => {
        settled = true;
        deadline.cancel();
        signal.removeEventListener('abort', onAbort);
      };
      const fail = (error: unknown) => {
        if (settled) return;
        settle();
        reject(mapTransportError(provider, error, signal.aborted ? 'client' : reason));
      };
      if (signal.aborted) return fail(new Error('client aborted'));
      signal.addEventListener('abort', onAbort, { once: true });
      let status = 0;
      let rawHeaders: Buffer[] = [];
      const header = (name: string) => headerValue(rawHeaders, name);
      const chunks: Buffer[] = [];
      let size = 0;
      this.pool.dispatch(
        {
          origin: this.origin,
          method: 'POST',
          path: this.basePath + path,
          headers: this.headersWith(extraHeaders),
          body,
          headersTimeout: this.headersTimeoutMs,
        },
        // undici's own handler shape: the newer one is adapted to it per call, headers parsed twice.
        {
          onConnect: (abortRequest: (error: Error) => void) => {
            abort = abortRequest;
            if (settled) abortRequest(new Error('settled'));
          },
          onHeaders: (statusCode: number, headers: Buffer[]) => {
            status = statusCode;
            // Kept raw: most callers read no header at all.
            rawHeaders = headers;
            return true;
          },
          onData: (chunk: Buffer) => {
            chunks.push(chunk);
            size += chunk.length;
            return true;
          },
          onComplete: () => {
            if (settled) return;
            settle();
            const raw = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size);
            if (status >= 400) {
              const map = this.options.mapErrorStatus ?? mapUpstreamStatus;
              return reject(map(provider, status, raw.toString('utf8'), header('retry-after')));
            }
            try {
              resolve(decode(raw, status, header));
            } catch (error) {
              reject(error);
            }
          },
          onError: (error: Error) => fail(error),
        } as unknown as Dispatcher.DispatchHandler,
      );
    });
  }

  async close(): Promise<void> {
    await this.pool.close();
  }

  private headersWith(extraHeaders: Record<string, string> | undefined): Readonly<Record<string, string>> {
    return extraHeaders ? { ...this.options.headers, ...extraHeaders, 'content-type': 'application/json' } : this.jsonHeaders;
  }
}

/** A header from undici's raw list (name, value, name, value…), names compared case-insensitively. */
function headerValue(rawHeaders: Buffer[], name: string): string | undefined {
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    if (rawHeaders[i].toString('latin1').toLowerCase() === name) return rawHeaders[i + 1].toString('latin1');
  }
  return undefined;
}

/**
 * The upstream client for a configured provider: its base URL, timeouts and pool size from the
 * provider block, with the adapter's own headers (credentials in the provider's style).
 */
export function clientForProvider(
  config: ProviderConfig,
  headers: Readonly<Record<string, string>>,
  dispatcher?: Dispatcher,
  mapErrorStatus?: UpstreamClientOptions['mapErrorStatus'],
): UpstreamClient {
  return new UpstreamClient({
    provider: config.name,
    baseUrl: config.baseUrl,
    headers,
    connectTimeoutMs: config.connectTimeoutMs,
    firstByteTimeoutMs: config.firstByteTimeoutMs,
    totalTimeoutMs: config.totalTimeoutMs,
    maxConnections: config.maxConnections,
    dispatcher,
    mapErrorStatus,
  });
}
