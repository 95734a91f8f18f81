import { JournalSpool, type SpoolHealth } from './journal-spool.js';
import { parseEntry } from './request-log-journal.js';
import type { RequestLogEntry, RequestLogRepository } from './request-log-repository.js';

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

/**
 * Durable, batched request logging on the shared journal spool (the ledger uses the same one):
 * an entry is journaled before the response's last byte, so it survives a `kill -9`; the
 * database insert happens in batches off the hot path and is retried with backoff while the
 * database is unreachable. `start()` replays what a crash left; inserts are idempotent on id.
 */
export class RequestLogWriter {
  readonly #spool: JournalSpool<RequestLogEntry>;

  constructor(options: RequestLogWriterOptions) {
    const repository = options.repository;
    this.#spool = new JournalSpool<RequestLogEntry>({
      journalDir: options.journalDir,
      prefix: 'requests',
      parse: parseEntry,
      commit: async (entries) => {
        await repository.insertMany(entries);
      },
      flushIntervalMs: options.flushIntervalMs,
      maxBatch: options.maxBatch,
      maxBackoffMs: options.maxBackoffMs,
      onError: options.onError,
    });
  }

  /** Replays segments left by an earlier process, then accepts records. */
  start(): Promise<void> {
    return this.#spool.start();
  }

  /** Journals one entry synchronously and queues it for the next batch insert. */
  record(entry: RequestLogEntry): void {
    this.#spool.record(entry);
  }

  /** Group commit: journaled with every entry of this event-loop turn in one write, then `done`. */
  recordGrouped(entry: RequestLogEntry, done: (error?: unknown) => void): void {
    this.#spool.recordGrouped(entry, done);
  }

  /** Entries recorded but not yet committed to the repository. */
  pending(): number {
    return this.#spool.pending();
  }

  health(): SpoolHealth {
    return this.#spool.health();
  }

  /** Commits everything recorded so far; rejects when the insert fails (entries stay journaled). */
  flush(): Promise<void> {
    return this.#spool.flush();
  }

  /** Flushes and stops; what cannot be inserted now stays journaled for the next start. */
  close(): Promise<void> {
    return this.#spool.close();
  }
}
