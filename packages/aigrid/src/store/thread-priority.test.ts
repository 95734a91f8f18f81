import assert from 'node:assert/strict';
import { getPriority } from 'node:os';
import { describe, it } from 'node:test';
import { Worker } from 'node:worker_threads';
import { BACKGROUND_NICENESS } from './thread-priority.js';

describe('lowerThisThreadPriority', () => {
  it('lowers the calling thread only', { skip: process.platform !== 'linux' }, async () => {
    const module = new URL('./thread-priority.ts', import.meta.url).href;
    // The worker reports its own thread's nice value after the call, read by its thread id.
    const source = `
      import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(module)}); }).then(({ lowerThisThreadPriority }) => {
        const { readlinkSync } = require('node:fs');
        const { getPriority } = require('node:os');
        const { parentPort } = require('node:worker_threads');
        const lowered = lowerThisThreadPriority();
        const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
        parentPort.postMessage({ lowered, nice: getPriority(tid) });
      });`;
    const before = getPriority();
    const worker = new Worker(source, { eval: true });
    const reply = await new Promise<{ lowered: boolean; nice: number }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    assert.deepEqual(reply, { lowered: true, nice: BACKGROUND_NICENESS });
    assert.equal(getPriority(), before);
  });
});
