import { JournalSpool, type SpoolHealth } from '../store/journal-spool.js';
import type { LedgerRepository } from '../store/ledger-repository.js';
import { assertUsageEvent, parseUsageEvent } from './usage-event-check.js';
import type { UsageEvent } from './usage-event.js';

export interface LedgerWriterOptions {
  /** Folder for the ledger's journal segments (`usage-*.jsonl`); it belongs to this writer alone. */
  journalDir: string;
  repository: Pick<LedgerRepository, 'insertMany'>;
  /** Delay between a record and the batch insert that commits it (default 100 ms). */
  flushIntervalMs?: number;
  /** Events per insert (default 500). */
  maxBatch?: number;
  /** Ceiling for the retry delay while the database is unreachable (default 30 s). */
  maxBackoffMs?: number;
  /** Uncommitted events held in memory; the rest wait on disk only (default 50,000). */
  maxBufferedEvents?: number;
  /** Failed inserts (retried), journal write failures, damaged journal lines found at start. */
  onError?: (error: unknown) => void;
}

/** Where the ledger stands: `pending` events are journaled (or held) but not in the database yet. */
export type LedgerHealth = SpoolHealth;

/**
 * The usage ledger's durable writer. Every event is journaled to local disk with a blocking write
 * before the caller goes on, then inserted in batches; the database's idempotent insert (id
 * primary key, rollups only for newly inserted events) makes replays harmless. What survives:
 *
 * - `kill -9`: everything journaled; `start()` replays leftover segments exactly once.
 * - a database outage: events stay spooled in the journal and the insert is retried with
 *   exponential backoff (capped at `maxBackoffMs`) until the database is back; none is dropped.
 *   A gateway that starts during an outage starts anyway, with its backlog spooled.
 */
export class LedgerWriter extends JournalSpool<UsageEvent> {
  constructor(options: LedgerWriterOptions) {
    const repository = options.repository;
    super({
      journalDir: options.journalDir,
      prefix: 'usage',
      parse: parseUsageEvent,
      commit: async (events) => {
        await repository.insertMany(events);
      },
      flushIntervalMs: options.flushIntervalMs,
      maxBatch: options.maxBatch,
      maxBackoffMs: options.maxBackoffMs,
      maxBufferedEntries: options.maxBufferedEvents,
      onError: options.onError,
    });
  }

  /** Journals one event synchronously. Throws on an invalid event or an unwritable journal. */
  override record(event: UsageEvent): void {
    assertUsageEvent(event);
    super.record(event);
  }

  /**
   * Journals the event in one write with every other event of this event-loop turn, then calls
   * `done` (end the HTTP response there). `done` gets an error when the journal could not be
   * written: the event is then held in memory only. Throws at once on an invalid event.
   */
  override recordGrouped(event: UsageEvent, done: (error?: unknown) => void): void {
    assertUsageEvent(event);
    super.recordGrouped(event, done);
  }
}
