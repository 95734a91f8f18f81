import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';

/*
 * A refused request whose body is still arriving must not be answered by closing the socket at
 * once: the client's unread bytes make the kernel send a reset, and a reset discards the answer
 * before the client reads it (EPIPE / ECONNRESET instead of the 413). So the gateway answers, sends
 * its FIN, and keeps reading (and discarding) what the client still sends — up to a bound in bytes
 * and in time, so a client streaming gigabytes cannot hold a socket open — and only then closes.
 */

/** Most bytes read and discarded after a refusal before the socket is closed anyway. */
export const DRAIN_MAX_BYTES = 8 * 1024 * 1024;
/** Longest a refused connection is kept reading before it is closed anyway. */
export const DRAIN_MAX_MS = 5_000;

const draining = new WeakSet<Socket>();

/**
 * Keeps reading `socket` after its last answer is written, discarding the bytes, and closes it when
 * the client closes its side or a bound is passed. Call it after `socket.end()`. Safe to call twice.
 */
export function drainThenClose(socket: Socket, bounds = { bytes: DRAIN_MAX_BYTES, ms: DRAIN_MAX_MS }): void {
  if (draining.has(socket) || socket.destroyed) return;
  draining.add(socket);
  let drained = 0;
  const timer = setTimeout(() => socket.destroy(), bounds.ms);
  timer.unref();
  socket.once('close', () => clearTimeout(timer));
  socket.on('data', (part: Buffer) => {
    drained += part.length;
    if (drained > bounds.bytes) socket.destroy();
  });
  // The client's FIN after it read the answer ends the socket by itself (both sides ended), after
  // the answer's last bytes are flushed; destroying here could drop them.
  socket.resume();
}

/**
 * Refuses the rest of `req`'s body without resetting the connection: the body is read and discarded
 * (within the drain bounds), and once the answer (sent with `connection: close`) is written, the
 * socket drains instead of being destroyed. Called only on the refusal path, never per request.
 */
export function discardRestOfBody(req: IncomingMessage): void {
  const socket = req.socket as Socket & { destroySoon?: () => void };
  // Node's server calls destroySoon() once a `connection: close` answer is written; destroying a
  // socket with unread bytes is what resets it. This socket ends its side and drains instead.
  if (socket && !draining.has(socket)) {
    socket.destroySoon = () => {
      if (socket.writable) socket.end();
      drainThenClose(socket);
    };
  }
  req.resume();
}

type RequestListener = (req: IncomingMessage, res: import('node:http').ServerResponse) => void;

/**
 * The server's 'checkContinue' listener (`Expect: 100-continue`): a body declared larger than
 * `maxBytes` is refused with the 413 before any `100 Continue`, so the client never sends it;
 * otherwise the client is told to go on and the request is served as any other.
 */
export function continueWithinLimit(maxBytes: number, listener: RequestListener): RequestListener {
  return (req, res) => {
    if (!(Number(req.headers['content-length']) > maxBytes)) res.writeContinue();
    listener(req, res);
  };
}
