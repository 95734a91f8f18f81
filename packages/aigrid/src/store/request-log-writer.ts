import { JournalSpool } from './journal-spool.js';
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
export class RequestLogWriter extends JournalSpool<RequestLogEntry> {
  constructor(options: RequestLogWriterOptions) {
    const repository = options.repository;
    super({
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
}
