import type { LedgerRepository } from '../../store/ledger-repository.js';
import { assertUsageEvent, parseUsageEvent } from '../../metering/usage-event-check.js';
import type { UsageEvent } from '../../metering/usage-event.js';
import { JournalSpool, type SpoolHealth } from '../../store/journal-spool.js';
import { parseEntry } from '../../store/request-log-journal.js';
import type { RequestLogRepository } from '../../store/request-log-repository.js';
import { encodeRecordLine, parseRecordLines, recordFromLine, type RequestRecord } from '../../store/request-record-rows.js';
import type { SqliteRowInserter } from '../../store/insert-spec.js';

export type { RequestRecord } from '../../store/request-record-rows.js';

export interface RequestRecordWriterOptions {
  /** Folder for journal segments (`requests-*.jsonl`); it belongs to this writer alone. */
  journalDir: string;
  requestLog: Pick<RequestLogRepository, 'insertMany'>;
  ledger: Pick<LedgerRepository, 'insertMany'>;
  /**
   * The embedded store's inserter, when the two repositories write through it: batches then go
   * to it as the journal's own lines (see `SqliteRowInserter.insertRequestRecords`).
   */
  sqliteInserter?: Pick<SqliteRowInserter, 'insertRequestRecords'>;
  flushIntervalMs?: number;
  maxBatch?: number;
  maxBackoffMs?: number;
  onError?: (error: unknown) => void;
}

/**
 * A journal line read back, in either form (see `encodeRecordLine`): an entry (with a valid usage
 * event, if it has one), else damage.
 */
export function parseRequestRecord(value: unknown): RequestRecord | undefined {
  const entry = parseEntry(recordFromLine(value)) as RequestRecord | undefined;
  if (!entry || entry.usage === undefined) return entry;
  return parseUsageEvent(entry.usage) ? entry : undefined;
}

const asLine = (line: string) => line;

/**
 * The gateway's durable writer for served requests: the request-log row and the usage event of a
 * request are journaled together, in one line and one write, before its response ends, and
 * committed together in batches (rows first, then events; both inserts skip ids already stored, so
 * a retry after a partial commit completes it). One write a request where there were two, one per
 * table's own journal; the ledger's own writer remains for events recorded outside a request.
 *
 * The spool holds each record as the line it was journaled as, not as objects: nothing of a
 * request outlives its response on the event loop but one string, and the embedded store's
 * insert thread takes those lines as they are.
 */
export class RequestRecordWriter {
  readonly #spool: JournalSpool<string>;

  constructor(options: RequestRecordWriterOptions) {
    // The rest (folder, flush timing, error hook) goes to the spool as it is.
    const { requestLog, ledger, sqliteInserter, ...spool } = options;
    this.#spool = new JournalSpool<string>({
      ...spool,
      prefix: 'requests',
      serialize: asLine,
      // Read back from disk (replay, or a batch that did not fit in memory): validated, as a line
      // again (a line of an earlier version in today's form).
      parse: (value) => {
        const record = parseRequestRecord(value);
        return record && encodeRecordLine(record);
      },
      commit: async (lines) => {
        if (sqliteInserter) {
          await sqliteInserter.insertRequestRecords(lines);
          return;
        }
        const records = parseRecordLines(lines);
        await requestLog.insertMany(records);
        const events: UsageEvent[] = [];
        for (const record of records) if (record.usage) events.push(record.usage);
        if (events.length > 0) await ledger.insertMany(events);
      },
    });
  }

  /** Queues what an earlier process left journaled and tries to commit it (see JournalSpool.start). */
  start(): Promise<void> {
    return this.#spool.start();
  }

  /** Journals one record synchronously. Throws on an invalid usage event or an unwritable journal. */
  record(entry: RequestRecord): void {
    if (entry.usage) assertUsageEvent(entry.usage);
    this.#spool.record(encodeRecordLine(entry));
  }

  /** Group commit (see JournalSpool.recordGrouped); throws at once on an invalid usage event. */
  recordGrouped(entry: RequestRecord, done: (error?: unknown) => void, now = false): void {
    if (entry.usage) assertUsageEvent(entry.usage);
    this.#spool.recordGrouped(encodeRecordLine(entry), done, now);
  }

  /** Records journaled but not yet committed. */
  pending(): number {
    return this.#spool.pending();
  }

  health(): SpoolHealth {
    return this.#spool.health();
  }

  /** Commits everything recorded so far (see JournalSpool.flush). */
  flush(): Promise<void> {
    return this.#spool.flush();
  }

  /** Stops accepting records and flushes; what cannot be committed stays journaled. */
  close(): Promise<void> {
    return this.#spool.close();
  }
}
