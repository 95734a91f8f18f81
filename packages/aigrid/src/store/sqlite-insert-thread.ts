import { Worker } from 'node:worker_threads';
import type { InsertReply, InsertRequest } from './sqlite-insert-worker.js';
import { encodeRows, type InsertSpec, type SqliteRow, type SqliteRowInserter } from './insert-spec.js';

interface Pending {
  resolve(inserted: number): void;
  reject(error: Error): void;
}

/** Starts the insert worker; from the TypeScript sources (tests) it is loaded through tsx. */
function spawn(path: string): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(fromSource ? './sqlite-insert-worker.ts' : './sqlite-insert-worker.js', import.meta.url);
  if (!fromSource) return new Worker(entry, { workerData: { path } });
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(boot, { eval: true, workerData: { path } });
}

/**
 * Runs the embedded store's batch inserts on a worker thread with its own connection. The
 * journal spool already made each row durable before its response left, so a batch only has to
 * reach SQLite eventually: a failed or crashed worker rejects the batch and the spool retries it
 * (on a fresh worker). The worker is started on the first insert and unref'd.
 */
export function threadedInserter(path: string): SqliteRowInserter {
  let worker: Worker | undefined;
  let seq = 0;
  const pending = new Map<number, Pending>();

  const failAll = (error: Error) => {
    for (const waiter of pending.values()) waiter.reject(error);
    pending.clear();
  };
  const start = (): Worker => {
    const started = spawn(path);
    started.unref();
    started.on('message', (reply: InsertReply) => {
      const waiter = pending.get(reply.seq);
      if (!waiter) return;
      pending.delete(reply.seq);
      if ('error' in reply) waiter.reject(Object.assign(new Error(reply.error), { code: reply.code }));
      else waiter.resolve(reply.inserted);
      if (pending.size === 0) started.unref();
    });
    started.on('error', (error) => {
      if (worker === started) worker = undefined;
      failAll(error);
    });
    started.on('exit', (code) => {
      if (worker === started) worker = undefined;
      failAll(new Error(`SQLite insert thread exited (code ${code})`));
    });
    return started;
  };

  const send = (request: (seq: number) => InsertRequest): Promise<number> => {
    worker ??= start();
    const current = worker;
    return new Promise<number>((resolve, reject) => {
      const id = ++seq;
      pending.set(id, { resolve, reject });
      // Referenced while a batch is out, so a flush awaited at shutdown gets its answer.
      current.ref();
      current.postMessage(request(id));
    });
  };

  return {
    insert(spec: InsertSpec, rows: SqliteRow[]): Promise<number> {
      if (rows.length === 0) return Promise.resolve(0);
      return send((id) => ({ seq: id, spec, rows: encodeRows(spec, rows) }));
    },
    insertRequestRecords(lines: readonly string[]): Promise<number> {
      return send((id) => ({ seq: id, records: lines }));
    },
    async close(): Promise<void> {
      const current = worker;
      worker = undefined;
      if (!current) return;
      const exited = new Promise<void>((resolve) => current.once('exit', () => resolve()));
      current.ref();
      current.postMessage('close');
      await exited;
    },
  };
}
