import { mkdirSync } from 'node:fs';
import { FlushTimer } from './flush-timer.js';
import { JournalAppender } from './journal-appender.js';
import { countJournalLines, listJournalSegments, readJournalSegment, removeJournalFile, type EntryParser } from './journal-segments.js';
import { SpoolQueue, type SpooledSegment } from './spool-queue.js';

export interface JournalSpoolOptions<T> {
  /** Folder for journal segments; it belongs to this spool alone. Created when missing. */
  journalDir: string;
  /** Segment file prefix (lower-case letters and digits), e.g. `usage`. */
  prefix: string;
  /** Validates a journal line read back at replay. */
  parse: EntryParser<T>;
  /** An entry's journal line, without its newline; JSON.stringify by default. */
  serialize?: (entry: T) => string;
  /** Commits a batch to the database. Must be idempotent on the entry's id: replays resend. */
  commit: (entries: T[]) => Promise<void>;
  /** Delay between a record and the flush that commits it. */
  flushIntervalMs?: number;
  /** Entries per commit call; a batch this large is flushed without waiting. */
  maxBatch?: number;
  /** Ceiling for the retry delay after failed flushes. */
  maxBackoffMs?: number;
  /** Uncommitted entries kept in memory; beyond this, spooled segments are re-read from disk. */
  maxBufferedEntries?: number;
  /** Failed background flushes, journal write failures, damaged lines found at replay. */
  onError?: (error: unknown) => void;
}

/** Where a spool stands; `pending` entries are recorded but not yet committed. */
export interface SpoolHealth {
  state: SpoolState;
  pending: number;
  /** Batches waiting for the database: journal segments (the open one included) and any held in memory. */
  spooledSegments: number;
  /** Pending entries held in memory; the rest wait on disk only and are read back in turn. */
  inMemory: number;
  /** Entries whose journal write failed: committed from memory, lost if the process dies first. */
  unjournaled: number;
  consecutiveFailures: number;
  lastError: string | null;
  lastErrorAt: number | null;
  lastCommitAt: number | null;
  nextRetryAt: number | null;
}

/** A spool accepts records only while `started`. */
export type SpoolState = 'new' | 'started' | 'closed';
type Done = (error?: unknown) => void;

/**
 * A durable write-behind queue. `record()` appends a JSON line to a journal segment with a
 * blocking write before anything else, so an entry survives `kill -9` once recorded; commits to
 * the database happen in batches off the hot path. A segment file is deleted only after all of
 * its entries are committed, and `start()` replays whatever an earlier process left behind.
 *
 * While the database is unreachable nothing is dropped: sealed segments stay on disk, the flush is
 * retried with exponential backoff until it succeeds, and memory stays bounded because segments
 * beyond `maxBufferedEntries` are read back from disk when their turn comes.
 */
export class JournalSpool<T> {
  readonly #dir: string;
  readonly #prefix: string;
  readonly #parse: EntryParser<T>;
  readonly #commit: (entries: T[]) => Promise<void>;
  readonly #flushIntervalMs: number;
  readonly #maxBatch: number;
  readonly #maxBackoffMs: number;
  readonly #segmentLimit: number;
  readonly #onError: (error: unknown) => void;
  readonly #queue: SpoolQueue<T>;
  readonly #appender: JournalAppender<T>;
  readonly #timer: FlushTimer;
  #state: SpoolState = 'new';
  #group: T[] = [];
  #groupDone: Done[] = [];
  #inFlight: Promise<void> | undefined;
  #failures = 0;
  #lastError: string | null = null;
  #lastErrorAt: number | null = null;
  #lastCommitAt: number | null = null;

  constructor(options: JournalSpoolOptions<T>) {
    this.#dir = options.journalDir;
    this.#prefix = options.prefix;
    this.#parse = options.parse;
    this.#commit = options.commit;
    this.#flushIntervalMs = options.flushIntervalMs ?? 100;
    this.#maxBatch = options.maxBatch ?? 500;
    this.#maxBackoffMs = options.maxBackoffMs ?? 30_000;
    this.#onError = options.onError ?? (() => undefined);
    const maxBuffered = options.maxBufferedEntries ?? 50_000;
    this.#queue = new SpoolQueue<T>(maxBuffered);
    // During an outage nothing seals the open segment; rotating it lets the queue bound memory.
    this.#segmentLimit = Math.max(this.#maxBatch, Math.ceil(maxBuffered / 4));
    this.#appender = new JournalAppender<T>(this.#dir, this.#prefix, this.#onError, options.serialize);
    this.#timer = new FlushTimer(() => this.flush().catch(this.#onError));
  }

  /**
   * Queues segments left by an earlier process and tries to commit them. A database that is down
   * does not fail the start: the segments stay spooled and the retry loop takes over.
   */
  async start(): Promise<void> {
    if (this.#state !== 'new') throw new Error('journal spool already started');
    mkdirSync(this.#dir, { recursive: true });
    for (const path of listJournalSegments(this.#dir, this.#prefix)) {
      this.#queue.push({ path, entries: undefined, count: countJournalLines(path) });
    }
    this.#state = 'started';
    if (this.#queue.isEmpty()) return;
    try {
      await this.flush();
    } catch (error) {
      this.#onError(error);
    }
  }

  /**
   * Journals one entry synchronously and queues it for the next commit. Throws when the journal
   * cannot be written (e.g. disk full) rather than pretend the entry is safe.
   */
  record(entry: T): void {
    this.#assertStarted();
    try {
      this.#appender.append([entry]);
    } catch (error) {
      this.#seal();
      throw error;
    }
    this.#afterRecord();
  }

  /**
   * Group commit: journals the entry together with every other entry recorded in the same turn
   * of the event loop (one write for all of them), then calls `done`. Callers end their HTTP
   * response in `done`, so no response leaves before its entry is journaled. When the journal
   * cannot be written `done` receives the error; the entries are still committed from memory.
   *
   * `now`: nothing else can join this turn's group (the caller's request is the only one in
   * flight), so the group is written at once and `done` is called before this returns, sparing
   * the request the wait for the event loop's check phase.
   */
  recordGrouped(entry: T, done: Done, now = false): void {
    this.#assertStarted();
    this.#group.push(entry);
    this.#groupDone.push(done);
    if (now) this.#commitGroup();
    else if (this.#group.length === 1) setImmediate(() => this.#commitGroup());
  }

  /** Entries recorded but not yet committed to the database. */
  pending(): number {
    return this.#group.length + this.#appender.count() + this.#queue.entryCount();
  }

  /** Counts and the last failure, for readiness checks and metrics. */
  health(): SpoolHealth {
    const open = this.#appender.count();
    return {
      state: this.#state,
      pending: this.pending(),
      spooledSegments: this.#queue.segmentCount() + (open > 0 ? 1 : 0),
      inMemory: this.#group.length + open + this.#queue.bufferedCount(),
      unjournaled: this.#queue.unjournaledCount(),
      consecutiveFailures: this.#failures,
      lastError: this.#lastError,
      lastErrorAt: this.#lastErrorAt,
      lastCommitAt: this.#lastCommitAt,
      nextRetryAt: this.#failures > 0 ? this.#timer.due() : null,
    };
  }

  /**
   * Commits everything recorded so far. Rejects when a commit fails; the entries then stay
   * spooled and a retry is scheduled with exponential backoff.
   */
  async flush(): Promise<void> {
    if (this.#group.length > 0) this.#commitGroup();
    // One flush at a time: wait out the current one, then commit what arrived meanwhile.
    while (this.#inFlight) await this.#inFlight.catch(() => undefined);
    if (this.#queue.isEmpty() && this.#appender.count() === 0) return;
    const run = this.#flushOnce();
    this.#inFlight = run;
    try {
      await run;
    } finally {
      if (this.#inFlight === run) this.#inFlight = undefined;
    }
  }

  /** Stops accepting records and flushes. What cannot be committed now stays in the journal. */
  async close(): Promise<void> {
    if (this.#state === 'closed') return;
    if (this.#group.length > 0) this.#commitGroup();
    this.#state = 'closed';
    this.#timer.clear();
    try {
      await this.flush();
    } finally {
      this.#timer.clear();
      this.#seal();
    }
  }

  #assertStarted(): void {
    if (this.#state !== 'started') throw new Error(`journal spool is ${this.#state}, not started`);
  }

  #commitGroup(): void {
    const entries = this.#group;
    const callbacks = this.#groupDone;
    this.#group = [];
    this.#groupDone = [];
    if (entries.length === 0) return;
    let failure: unknown;
    try {
      this.#appender.append(entries);
    } catch (error) {
      failure = error;
      this.#onError(error);
      this.#seal();
      this.#queue.push({ path: undefined, entries, count: entries.length });
    }
    this.#afterRecord();
    for (const done of callbacks) done(failure);
  }

  /** Closes the open segment and queues it; the next record opens a fresh one. */
  #seal(): void {
    const sealed = this.#appender.seal();
    if (sealed) this.#queue.push(sealed);
  }

  #afterRecord(): void {
    const full = this.#appender.count() >= this.#maxBatch;
    if (this.#appender.count() >= this.#segmentLimit) this.#seal();
    // While the database is failing, new entries wait for the backoff instead of hammering it.
    if (this.#failures > 0) return;
    this.#schedule(full ? 0 : this.#flushIntervalMs);
  }

  async #flushOnce(): Promise<void> {
    this.#seal();
    // Segments sealed after this point belong to the next flush.
    let remaining = this.#queue.segmentCount();
    try {
      for (; remaining > 0; remaining -= 1) await this.#commitSegment(this.#queue.first()!);
    } catch (error) {
      this.#failures += 1;
      this.#lastError = error instanceof Error ? error.message : String(error);
      this.#lastErrorAt = Date.now();
      this.#schedule(Math.min(this.#flushIntervalMs * 2 ** this.#failures, this.#maxBackoffMs));
      throw error;
    }
    this.#failures = 0;
    if (!this.#queue.isEmpty() || this.#appender.count() > 0) this.#schedule(this.#flushIntervalMs);
  }

  async #commitSegment(segment: SpooledSegment<T>): Promise<void> {
    const entries = segment.entries ?? this.#readBack(segment.path!);
    for (let start = 0; start < entries.length; start += this.#maxBatch) {
      await this.#commit(entries.slice(start, start + this.#maxBatch));
    }
    this.#lastCommitAt = Date.now();
    this.#queue.shift();
    if (segment.path === undefined) return;
    try {
      removeJournalFile(segment.path);
    } catch (error) {
      // Committed already; a leftover file is only replayed (as no-ops) at the next start.
      this.#onError(error);
    }
  }

  #readBack(path: string): T[] {
    let records;
    try {
      records = readJournalSegment(path, this.#parse);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      this.#onError(new Error(`journal segment ${path} vanished before it was committed`));
      return [];
    }
    if (records.corruptLines > 0) {
      this.#onError(new Error(`skipped ${records.corruptLines} unreadable line(s) in ${path}`));
    }
    return records.entries;
  }

  #schedule(delayMs: number): void {
    if (this.#state === 'started') this.#timer.schedule(delayMs);
  }
}
