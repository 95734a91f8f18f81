import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  appendJournalLines,
  closeJournalSegment,
  countJournalLines,
  journalSegmentName,
  listJournalSegments,
  openJournalSegment,
  readJournalSegment,
  removeJournalFile,
  type EntryParser,
} from './journal-segments.js';
import { SpoolQueue, type SpooledSegment } from './spool-queue.js';

export interface JournalSpoolOptions<T> {
  /** Folder for journal segments; it belongs to this spool alone. Created when missing. */
  journalDir: string;
  /** Segment file prefix (lower-case letters and digits), e.g. `usage`. */
  prefix: string;
  /** Validates a journal line read back at replay. */
  parse: EntryParser<T>;
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
  /** Segment files on disk that wait for the database (the active one included). */
  spooledSegments: number;
  /** Entries whose journal write failed: committed from memory, lost if the process dies first. */
  unjournaled: number;
  consecutiveFailures: number;
  lastError: string | null;
  lastErrorAt: number | null;
  lastCommitAt: number | null;
  nextRetryAt: number | null;
}

type SpoolState = 'new' | 'started' | 'closed';
type Done = (error?: unknown) => void;

interface ActiveSegment<T> {
  path: string;
  fd: number;
  entries: T[];
}

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
  readonly #onError: (error: unknown) => void;
  readonly #queue: SpoolQueue<T>;
  #state: SpoolState = 'new';
  #active: ActiveSegment<T> | undefined;
  #sequence = 0;
  #group: T[] = [];
  #groupDone: Done[] = [];
  #inFlight: Promise<void> | undefined;
  #timer: NodeJS.Timeout | undefined;
  #timerDue = 0;
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
    this.#queue = new SpoolQueue<T>(options.maxBufferedEntries ?? 50_000);
    // Fail at construction, not at the first record, on a bad prefix.
    journalSegmentName(this.#prefix, 0, 0, 0);
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
    const active = this.#activeSegment();
    try {
      appendJournalLines(active.fd, [entry]);
    } catch (error) {
      // A failed write may leave a torn line; never append after it.
      this.#sealActive();
      throw error;
    }
    active.entries.push(entry);
    this.#afterRecord();
  }

  /**
   * Group commit: journals the entry together with every other entry recorded in the same turn
   * of the event loop (one write for all of them), then calls `done`. Callers end their HTTP
   * response in `done`, so no response leaves before its entry is journaled. When the journal
   * cannot be written `done` receives the error; the entries are still committed from memory.
   */
  recordGrouped(entry: T, done: Done): void {
    this.#assertStarted();
    this.#group.push(entry);
    this.#groupDone.push(done);
    if (this.#group.length === 1) setImmediate(() => this.#commitGroup());
  }

  /** Entries recorded but not yet committed to the database. */
  pending(): number {
    return this.#group.length + (this.#active?.entries.length ?? 0) + this.#queue.entryCount();
  }

  /** Counts and the last failure, for readiness checks and metrics. */
  health(): SpoolHealth {
    return {
      state: this.#state,
      pending: this.pending(),
      spooledSegments: this.#queue.segmentCount() + (this.#active ? 1 : 0),
      unjournaled: this.#queue.unjournaledCount(),
      consecutiveFailures: this.#failures,
      lastError: this.#lastError,
      lastErrorAt: this.#lastErrorAt,
      lastCommitAt: this.#lastCommitAt,
      nextRetryAt: this.#failures > 0 && this.#timer !== undefined ? this.#timerDue : null,
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
    if (this.#queue.isEmpty() && !this.#active?.entries.length) return;
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
    this.#clearTimer();
    try {
      await this.flush();
    } finally {
      this.#clearTimer();
      this.#sealActive();
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
    const active = this.#activeSegmentOrUndefined();
    try {
      if (!active) throw new Error(`journal spool could not open a segment in ${this.#dir}`);
      appendJournalLines(active.fd, entries);
      for (const entry of entries) active.entries.push(entry);
    } catch (error) {
      failure = error;
      this.#onError(error);
      this.#sealActive();
      this.#queue.push({ path: undefined, entries, count: entries.length });
    }
    this.#afterRecord();
    for (const done of callbacks) done(failure);
  }

  #activeSegment(): ActiveSegment<T> {
    if (this.#active === undefined) {
      const path = join(this.#dir, journalSegmentName(this.#prefix, Date.now(), process.pid, this.#sequence++));
      this.#active = { path, fd: openJournalSegment(path), entries: [] };
    }
    return this.#active;
  }

  #activeSegmentOrUndefined(): ActiveSegment<T> | undefined {
    try {
      return this.#activeSegment();
    } catch (error) {
      this.#onError(error);
      return undefined;
    }
  }

  /** Closes the active segment and queues it for commit; new records open a fresh one. */
  #sealActive(): void {
    const active = this.#active;
    if (!active) return;
    this.#active = undefined;
    try {
      closeJournalSegment(active.fd);
      // Nothing recorded in it (a failed first write at most): nothing to replay either.
      if (active.entries.length === 0) return removeJournalFile(active.path);
    } catch (error) {
      this.#onError(error);
    }
    this.#queue.push({ path: active.path, entries: active.entries, count: active.entries.length });
  }

  #afterRecord(): void {
    // While the database is failing, new entries wait for the backoff instead of hammering it.
    if (this.#failures > 0) return;
    const full = (this.#active?.entries.length ?? 0) >= this.#maxBatch;
    this.#schedule(full ? 0 : this.#flushIntervalMs);
  }

  async #flushOnce(): Promise<void> {
    this.#sealActive();
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
    if (!this.#queue.isEmpty() || this.#active?.entries.length) this.#schedule(this.#flushIntervalMs);
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
    if (this.#state !== 'started') return;
    const due = Date.now() + delayMs;
    if (this.#timer !== undefined && this.#timerDue <= due) return;
    this.#clearTimer();
    this.#timerDue = due;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.flush().catch(this.#onError);
    }, delayMs);
    // A spool must never keep the process alive on its own.
    this.#timer.unref();
  }

  #clearTimer(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
