import type { LedgerRepository } from '../../metering/ledger-repository.js';
import { assertUsageEvent, parseUsageEvent } from '../../metering/usage-event-check.js';
import type { UsageEvent } from '../../metering/usage-event.js';
import { JournalSpool } from '../../store/journal-spool.js';
import { parseEntry } from '../../store/request-log-journal.js';
import type { RequestLogEntry, RequestLogRepository } from '../../store/request-log-repository.js';

/**
 * One served request as journaled: its request-log row, plus its usage event when it is metered.
 * The row's fields stay at the top level, so the line is also a plain request-log entry.
 */
export type RequestRecord = RequestLogEntry & { usage?: UsageEvent };

export interface RequestRecordWriterOptions {
  /** Folder for journal segments (`requests-*.jsonl`); it belongs to this writer alone. */
  journalDir: string;
  requestLog: Pick<RequestLogRepository, 'insertMany'>;
  ledger: Pick<LedgerRepository, 'insertMany'>;
  flushIntervalMs?: number;
  maxBatch?: number;
  maxBackoffMs?: number;
  onError?: (error: unknown) => void;
}

/** A journal line read back: an entry (with a valid usage event, if it has one), else damage. */
export function parseRequestRecord(value: unknown): RequestRecord | undefined {
  const entry = parseEntry(value) as RequestRecord | undefined;
  if (!entry || entry.usage === undefined) return entry;
  return parseUsageEvent(entry.usage) ? entry : undefined;
}

/**
 * The gateway's durable writer for served requests: the request-log row and the usage event of a
 * request are journaled together, in one line and one write, before its response ends, and
 * committed together in batches (rows first, then events; both inserts skip ids already stored, so
 * a retry after a partial commit completes it). One write a request where there were two, one per
 * table's own journal; the ledger's own writer remains for events recorded outside a request.
 */
export class RequestRecordWriter extends JournalSpool<RequestRecord> {
  constructor(options: RequestRecordWriterOptions) {
    // The rest (folder, flush timing, error hook) goes to the spool as it is.
    const { requestLog, ledger, ...spool } = options;
    super({
      ...spool,
      prefix: 'requests',
      parse: parseRequestRecord,
      commit: async (records) => {
        await requestLog.insertMany(records);
        const events: UsageEvent[] = [];
        for (const record of records) if (record.usage) events.push(record.usage);
        if (events.length > 0) await ledger.insertMany(events);
      },
    });
  }

  /** Journals one record synchronously. Throws on an invalid usage event or an unwritable journal. */
  override record(entry: RequestRecord): void {
    if (entry.usage) assertUsageEvent(entry.usage);
    super.record(entry);
  }

  /** Group commit (see JournalSpool.recordGrouped); throws at once on an invalid usage event. */
  override recordGrouped(entry: RequestRecord, done: (error?: unknown) => void, now = false): void {
    if (entry.usage) assertUsageEvent(entry.usage);
    super.recordGrouped(entry, done, now);
  }
}
