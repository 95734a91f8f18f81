import { performance } from 'node:perf_hooks';
import type { ServerResponse } from 'node:http';
import type { Usage } from '../spec/usage.js';
import type { AuthenticatedKey } from './key-cache.js';
import type { Admission } from '../metering/limits/index.js';
import type { PriceSheet } from '../metering/cost.js';
import type { LoggedFinding } from '../store/request-log-repository.js';
import { ClientAbort } from './client-abort.js';

const noop = () => undefined;

/** What the gateway learns about one request while serving it; becomes the request-log row. */
export class RequestContext {
  readonly startedAt = performance.now();
  readonly timestamp = Date.now();
  upstreamMs = 0;
  /** Whether any upstream call was made (upstreamMs is then meaningful). */
  calledUpstream = false;
  key?: AuthenticatedKey;
  model?: string;
  provider?: string;
  streamed = false;
  usage?: Usage;
  status = 0;
  errorCode?: string;
  /** Deployment that answered (or last tried), attempts made, policy applied and guard findings. */
  deployment?: string;
  attempts?: number;
  policy?: string;
  guardFindings?: LoggedFinding[];
  /** Metering: the admission holding a budget reservation, estimates, and the settled cost. */
  admission?: Admission;
  upstreamModel?: string;
  /** What the tenant pays on the deployment that answered (negotiated prices applied). */
  prices?: PriceSheet;
  /** Input tokens the reservation was made for: an upper bound of the count, not a count. */
  reservedInputTokens?: number;
  streamedOutputTokens?: number;
  costMicros?: number;
  /** `x-aigrid-route`: the deployment that answered, once routing decided it. */
  routeHeader?: string;
  /** The API body as the client sent it (JSON routes), never logged: for forwarding it unchanged. */
  rawBody?: Uint8Array;
  /** Micro-USD held for this request so far (initial reservation plus mid-stream extensions). */
  reservedMicros?: number;
  private inputCounter?: () => number;
  private countedInputTokens?: number;
  private completed = false;
  private clientAbort?: ClientAbort;

  constructor(
    readonly id: string,
    readonly endpoint: string,
    private readonly onComplete: (context: RequestContext, done: () => void) => void,
  ) {}

  /** How to count the request's input tokens should a figure need them (the tokenizer is dear). */
  countInputTokensWith(counter: () => number): void {
    this.inputCounter = counter;
  }

  /** The request's input tokens as the tokenizer estimates them, counted once; 0 when unknown. */
  inputTokens(): number {
    this.countedInputTokens ??= this.inputCounter?.() ?? 0;
    return this.countedInputTokens;
  }

  /** Time spent in the gateway itself: elapsed time less time waiting on upstreams. */
  overheadMs(): number {
    return Math.max(0, performance.now() - this.startedAt - this.upstreamMs);
  }

  elapsedMs(): number {
    return performance.now() - this.startedAt;
  }

  /** Aborts when the client goes away before the response is finished (cheap; see ClientAbort). */
  clientGone(res: ServerResponse): ClientAbort {
    this.clientAbort ??= new ClientAbort(res);
    return this.clientAbort;
  }

  /** The same as a real AbortSignal, for APIs that need one. */
  abortSignal(res: ServerResponse): AbortSignal {
    return this.clientGone(res).signal;
  }

  /**
   * Records the outcome once, then calls `done` — where the caller writes its last bytes — once
   * the request-log entry is journaled, so a response is never sent before its log survives a crash.
   */
  complete(status: number, errorCode?: string, done: () => void = noop): void {
    if (this.completed) return done();
    this.completed = true;
    this.status = status;
    this.errorCode = errorCode;
    this.onComplete(this, done);
  }

  get isCompleted(): boolean {
    return this.completed;
  }
}
