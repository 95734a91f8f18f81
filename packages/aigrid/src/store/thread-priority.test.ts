import assert from 'node:assert/strict';
import { getPriority } from 'node:os';
import { describe, it } from 'node:test';
import { Worker } from 'node:worker_threads';
import { BACKGROUND_NICENESS } from './thread-priority.js';

describe('lowerThisThreadPriority', () => {
  // Runs the call in a worker (its own thread) and reports its thread's nice value afterwards.
  const inWorker = async (startNice: number | undefined) => {
    const module = new URL('./thread-priority.ts', import.meta.url).href;
    const source = `
      import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(module)}); }).then(({ lowerThisThreadPriority }) => {
        const { readlinkSync } = require('node:fs');
        const { getPriority, setPriority } = require('node:os');
        const { parentPort, workerData } = require('node:worker_threads');
        const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
        if (workerData !== undefined) setPriority(tid, workerData);
        const lowered = lowerThisThreadPriority();
        parentPort.postMessage({ lowered, nice: getPriority(tid) });
      });`;
    const worker = new Worker(source, { eval: true, workerData: startNice });
    try {
      return await new Promise<{ lowered: boolean; nice: number }>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
    } finally {
      await worker.terminate();
    }
  };

  it('lowers the calling thread only', { skip: process.platform !== 'linux' }, async () => {
    const before = getPriority();
    assert.deepEqual(await inWorker(undefined), { lowered: true, nice: BACKGROUND_NICENESS });
    assert.equal(getPriority(), before);
  });

  it('never raises a thread that already runs lower', { skip: process.platform !== 'linux' }, async () => {
    assert.deepEqual(await inWorker(BACKGROUND_NICENESS + 5), { lowered: true, nice: BACKGROUND_NICENESS + 5 });
  });
});
