import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { RequestLogEntry, RequestLogRepository } from './request-log-repository.js';
import {
  appendEntries,
  appendEntry,
  closeSegment,
  listSegments,
  openSegment,
  readSegment,
  removeFile,
  segmentFileName,
} from './request-log-journal.js';

export interface RequestLogWriterOptions {
  /** Folder for journal segments; it belongs to this writer alone. Created when missing. */
  journalDir: string;
  repository: Pick<RequestLogRepository, 'insertMany'>;
  /** Delay between a record and the flush that commits it. */
  flushIntervalMs?: number;
  /** Entries per insertMany call; a batch this large is flushed without waiting. */
  maxBatch?: number;
  /** Ceiling for the retry delay after failed flushes. */
  maxBackoffMs?: number;
  /** Failures of background flushes, and damaged journal lines found at start. */
  onError?: (error: unknown) => void;
}

type WriterState = 'new' | 'started' | 'closed';

/**
 * Durable, batched request logging. `record()` appends a JSON line to a journal segment with a
 * blocking write before anything else, so an entry recorded before a response is sent survives
 * a `kill -9`; the database insert then happens in batches off the hot path. A segment is deleted
 * only after its entries are committed, and `start()` replays whatever a crash left behind.
 * Inserts are idempotent on id, so replaying committed-but-undeleted segments is harmless.
 */
export class RequestLogWriter {
  readonly #journalDir: string;
  readonly #repository: Pick<RequestLogRepository, 'insertMany'>;
  readonly #flushIntervalMs: number;
  readonly #maxBatch: number;
  readonly #maxBackoffMs: number;
  readonly #onError: (error: unknown) => void;
  #state: WriterState = 'new';
  #fd: number | undefined;
  #segment: string | undefined;
  #sequence = 0;
  /** Closed segments whose entries are not committed yet (still in #batch or in flight). */
  #sealed: string[] = [];
  #batch: RequestLogEntry[] = [];
  #inFlightCount = 0;
  #inFlight: Promise<void> | undefined;
  #timer: NodeJS.Timeout | undefined;
  #timerDue = 0;
  #failures = 0;
  #group: RequestLogEntry[] = [];
  #groupDone: Array<() => void> = [];

  constructor(options: RequestLogWriterOptions) {
    this.#journalDir = options.journalDir;
    this.#repository = options.repository;
    this.#flushIntervalMs = options.flushIntervalMs ?? 100;
    this.#maxBatch = options.maxBatch ?? 500;
    this.#maxBackoffMs = options.maxBackoffMs ?? 30_000;
    this.#onError = options.onError ?? (() => undefined);
  }

  /** Replays segments left by an earlier process into the repository, then accepts records. */
  async start(): Promise<void> {
    if (this.#state !== 'new') throw new Error('request log writer already started');
    mkdirSync(this.#journalDir, { recursive: true });
    for (const path of listSegments(this.#journalDir)) {
      const { entries, corruptLines } = readSegment(path);
      if (corruptLines > 0) {
        this.#onError(new Error(`skipped ${corruptLines} unreadable line(s) in ${path}`));
      }
      await this.#insert(entries);
      removeFile(path);
    }
    this.#state = 'started';
  }

  /**
   * Journals one entry synchronously and queues it for the next batch insert. Throws when the
   * journal cannot be written (e.g. disk full) rather than pretend the entry is safe.
   */
  record(entry: RequestLogEntry): void {
    if (this.#state !== 'started') throw new Error(`request log writer is ${this.#state}, not started`);
    appendEntry(this.#journalFd(), entry);
    this.#queue([entry]);
  }

  /**
   * Group commit: journals the entry together with every other entry recorded in the same turn
   * of the event loop (one write for all of them), then calls `done`. Callers end their HTTP
   * response in `done`, so no response leaves before its entry is journaled. A journal that
   * cannot be written is reported through onError; the entries still go to the database.
   */
  recordGrouped(entry: RequestLogEntry, done: () => void): void {
    if (this.#state !== 'started') throw new Error(`request log writer is ${this.#state}, not started`);
    this.#group.push(entry);
    this.#groupDone.push(done);
    if (this.#group.length === 1) setImmediate(() => this.#commitGroup());
  }

  #commitGroup(): void {
    const entries = this.#group;
    const callbacks = this.#groupDone;
    this.#group = [];
    this.#groupDone = [];
    try {
      appendEntries(this.#journalFd(), entries);
    } catch (error) {
      this.#onError(error);
    }
    this.#queue(entries);
    for (const done of callbacks) done();
  }

  #journalFd(): number {
    if (this.#fd === undefined) {
      this.#segment = join(this.#journalDir, segmentFileName(Date.now(), process.pid, this.#sequence++));
      this.#fd = openSegment(this.#segment);
    }
    return this.#fd;
  }

  #queue(entries: RequestLogEntry[]): void {
    for (const entry of entries) this.#batch.push(entry);
    // While the database is failing, a full batch waits for the backoff instead of hammering it.
    const full = this.#batch.length >= this.#maxBatch && this.#failures === 0;
    this.#schedule(full ? 0 : this.#flushIntervalMs);
  }

  /** Entries recorded but not yet committed to the repository. */
  pending(): number {
    return this.#group.length + this.#batch.length + this.#inFlightCount;
  }

  /**
   * Commits everything recorded so far. Rejects when the insert fails; the entries then stay
   * journaled and queued, and a retry is scheduled with exponential backoff.
   */
  async flush(): Promise<void> {
    // One flush at a time: wait out the current one, then commit what arrived meanwhile.
    while (this.#inFlight) await this.#inFlight.catch(() => undefined);
    if (this.#batch.length === 0) return;
    const run = this.#flushOnce();
    this.#inFlight = run;
    try {
      await run;
    } finally {
      if (this.#inFlight === run) this.#inFlight = undefined;
    }
  }

  /** Stops accepting records, flushes, and closes the journal. Unflushed entries stay journaled. */
  async close(): Promise<void> {
    if (this.#state === 'closed') return;
    if (this.#group.length > 0) this.#commitGroup();
    this.#state = 'closed';
    try {
      await this.flush();
    } finally {
      this.#clearTimer();
      if (this.#fd !== undefined) closeSegment(this.#fd);
      this.#fd = undefined;
    }
  }

  async #flushOnce(): Promise<void> {
    if (this.#fd !== undefined && this.#segment !== undefined) {
      closeSegment(this.#fd);
      this.#sealed.push(this.#segment);
      this.#fd = undefined;
      this.#segment = undefined;
    }
    const taken = this.#batch;
    const covered = [...this.#sealed];
    this.#batch = [];
    this.#inFlightCount = taken.length;
    try {
      await this.#insert(taken);
    } catch (error) {
      this.#batch = taken.concat(this.#batch);
      this.#failures += 1;
      this.#schedule(Math.min(this.#flushIntervalMs * 2 ** this.#failures, this.#maxBackoffMs));
      throw error;
    } finally {
      this.#inFlightCount = 0;
    }
    this.#failures = 0;
    this.#sealed = this.#sealed.filter((path) => !covered.includes(path));
    for (const path of covered) this.#removeQuietly(path);
    if (this.#batch.length > 0) {
      this.#schedule(this.#batch.length >= this.#maxBatch ? 0 : this.#flushIntervalMs);
    }
  }

  async #insert(entries: RequestLogEntry[]): Promise<void> {
    for (let start = 0; start < entries.length; start += this.#maxBatch) {
      await this.#repository.insertMany(entries.slice(start, start + this.#maxBatch));
    }
  }

  #schedule(delayMs: number): void {
    if (this.#state !== 'started') return;
    const due = Date.now() + delayMs;
    if (this.#timer !== undefined && this.#timerDue <= due) return;
    this.#clearTimer();
    this.#timerDue = due;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.flush().catch(this.#onError);
    }, delayMs);
    // Logging must never keep the process alive on its own.
    this.#timer.unref();
  }

  #clearTimer(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #removeQuietly(path: string): void {
    try {
      removeFile(path);
    } catch (error) {
      // Committed already; a leftover file is only replayed (as no-ops) at the next start.
      this.#onError(error);
    }
  }
}
