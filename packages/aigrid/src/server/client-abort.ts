import type { ServerResponse } from 'node:http';
import { toAbortSignal, type CancelSignal } from '../spec/cancel-signal.js';

/**
 * Aborts when the client goes away before its response is finished: a plain listener list on the
 * response's `close` event, with a real AbortSignal made only when something asks for one.
 */
export class ClientAbort implements CancelSignal {
  #aborted = false;
  #listeners: Array<() => void> = [];
  #signal?: AbortSignal;

  constructor(res: ServerResponse) {
    res.once('close', () => {
      if (!res.writableFinished) this.abort();
    });
  }

  get aborted(): boolean {
    return this.#aborted;
  }

  /** A real AbortSignal that follows this one (made once, on first use). */
  get signal(): AbortSignal {
    this.#signal ??= toAbortSignal(this);
    return this.#signal;
  }

  addEventListener(_type: 'abort', listener: () => void, _options?: { once?: boolean }): void {
    // Listeners run once either way: abort() happens at most once and then drops them all.
    if (!this.#aborted) this.#listeners.push(listener);
  }

  removeEventListener(_type: 'abort', listener: () => void): void {
    const at = this.#listeners.lastIndexOf(listener);
    if (at !== -1) this.#listeners.splice(at, 1);
  }

  abort(): void {
    if (this.#aborted) return;
    this.#aborted = true;
    const listeners = this.#listeners;
    this.#listeners = [];
    for (const listener of listeners) listener();
  }
}
