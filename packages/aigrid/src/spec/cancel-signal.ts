/**
 * The part of an AbortSignal that the router and the provider adapters use. An AbortSignal is
 * one; so is the gateway's per-request `ClientAbort`, which costs a fraction of an
 * AbortController (Node's EventTarget showed as ~10 µs a request in profiles).
 */
export interface CancelSignal {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/**
 * A real AbortSignal for APIs that need one (undici streams, `events.once`): the signal itself
 * when it is one, else a new one that follows it. Its listener stays for the signal's lifetime.
 */
export function toAbortSignal(signal: CancelSignal): AbortSignal {
  if (signal instanceof AbortSignal) return signal;
  const controller = new AbortController();
  if (signal.aborted) controller.abort();
  else signal.addEventListener('abort', () => controller.abort(), { once: true });
  return controller.signal;
}
