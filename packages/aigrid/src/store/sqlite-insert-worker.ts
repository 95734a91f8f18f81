import { parentPort, workerData } from 'node:worker_threads';
import { openSqlite } from './sqlite-connection.js';
import { preparedInserts } from './sqlite-row-insert.js';
import { decodeRows, type InsertSpec } from './insert-spec.js';
import { lowerThisThreadPriority } from './thread-priority.js';

/**
 * The embedded store's insert thread: its own connection to the same WAL database, so batch
 * inserts (and the ledger's batch roll-up) run beside the gateway's event loop, not on it. It
 * runs at a lower CPU priority (see `lowerThisThreadPriority`): its rows are journaled already,
 * so it can wait while the machine's cores serve requests, and catch up when they idle.
 */
export type InsertRequest =
  | {
      seq: number;
      spec: InsertSpec;
      /** The rows as JSON: an array of value arrays in `spec.columns` order (see `encodeRows`). */
      rows: string;
    }
  | {
      seq: number;
      /** Request records as their journal lines (see `SqliteRowInserter.insertRequestRecords`). */
      records: readonly string[];
    };
export type InsertReply = { seq: number; inserted: number } | { seq: number; error: string; code?: string };

lowerThisThreadPriority();
const { handle } = openSqlite((workerData as { path: string }).path);
const prepared = preparedInserts(handle);
const port = parentPort!;

port.on('message', (request: InsertRequest | 'close') => {
  if (request === 'close') {
    handle.close();
    // Ends this thread only.
    process.exit(0);
  }
  try {
    const inserted = 'records' in request ? prepared.insertRequestRecords(request.records) : prepared.insertValues(request.spec, decodeRows(request.rows));
    port.postMessage({ seq: request.seq, inserted } satisfies InsertReply);
  } catch (error) {
    const failure = error as Error & { code?: string };
    port.postMessage({ seq: request.seq, error: failure.message, code: failure.code } satisfies InsertReply);
  }
});
