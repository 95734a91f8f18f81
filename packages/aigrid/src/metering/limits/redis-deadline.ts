/**
 * A command deadline that counts only time this process could have read the reply in.
 *
 * A plain timer measures wall time, so when the event loop is blocked (a busy process, a starved
 * CPU) a reply that arrived long ago still sits unread in the socket when the timer fires: the
 * timer phase runs before the I/O phase. Here the timer, when it fires, first lets one I/O phase
 * run (`setImmediate`), and when it fired late — the loop was stalled — it gives the command the
 * stalled time back. So the deadline runs from when the command was written, and a stall of the
 * gateway itself never looks like a slow Redis. `maxStretch` bounds the wait in wall time.
 */
export class DeadlineError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`no reply within ${timeoutMs} ms`);
    this.name = 'DeadlineError';
  }
}

/** A timer is "late" by more than this when the loop was stalled rather than merely busy. */
const STALL_MS = 20;

export function withDeadline<T>(promise: Promise<T>, timeoutMs: number, maxStretch = 10): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let done = false;
    const started = performance.now();
    let due = started + timeoutMs;
    let timer: NodeJS.Timeout | undefined;
    const expire = () => {
      const now = performance.now();
      const late = now - due;
      // Read whatever the socket holds before deciding; a reply already there settles first.
      setImmediate(() => {
        if (done) return;
        if (late > STALL_MS && now - started < timeoutMs * maxStretch) {
          due = now + late;
          timer = setTimeout(expire, late);
          return;
        }
        done = true;
        reject(new DeadlineError(timeoutMs));
      });
    };
    timer = setTimeout(expire, timeoutMs);
    promise.then(
      (value) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
