import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import { describe, it } from 'node:test';
import { ClientAbort } from './client-abort.js';

const response = () => Object.assign(new EventEmitter(), { writableFinished: false }) as unknown as ServerResponse & { writableFinished: boolean };

describe('ClientAbort', () => {
  it('aborts once, calling each listener once, when the response closes unfinished', () => {
    const res = response();
    const gone = new ClientAbort(res);
    const calls: string[] = [];
    gone.addEventListener('abort', () => calls.push('a'), { once: true });
    gone.addEventListener('abort', () => calls.push('b'));
    res.emit('close');
    gone.abort();
    assert.equal(gone.aborted, true);
    assert.deepEqual(calls, ['a', 'b']);
  });

  it('does not abort when the response finished before closing', () => {
    const res = response();
    const gone = new ClientAbort(res);
    let called = false;
    gone.addEventListener('abort', () => (called = true));
    res.writableFinished = true;
    res.emit('close');
    assert.equal(gone.aborted, false);
    assert.equal(called, false);
  });

  it('skips removed listeners', () => {
    const res = response();
    const gone = new ClientAbort(res);
    const calls: string[] = [];
    const first = () => calls.push('first');
    gone.addEventListener('abort', first);
    gone.addEventListener('abort', () => calls.push('second'));
    gone.removeEventListener('abort', first);
    res.emit('close');
    assert.deepEqual(calls, ['second']);
  });

  it('hands out a real AbortSignal that follows it, aborted already when made late', () => {
    const early = new ClientAbort(response());
    const signal = early.signal;
    assert.ok(signal instanceof AbortSignal);
    assert.equal(early.signal, signal);
    assert.equal(signal.aborted, false);
    early.abort();
    assert.equal(signal.aborted, true);
    const late = new ClientAbort(response());
    late.abort();
    assert.equal(late.signal.aborted, true);
  });
});
