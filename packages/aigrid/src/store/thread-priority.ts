import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/** The nice value write-behind threads run at: below request serving (0), well above idle (19). */
export const BACKGROUND_NICENESS = 10;

/**
 * Lowers the CPU priority of the calling thread only (Linux, where nice is per thread and
 * `/proc/thread-self` names the thread), so that background work such as the embedded store's
 * batch inserts runs in the time request handling leaves free. Raising it back needs privileges,
 * so this is for threads that stay background. A process started at a lower priority still
 * (`nice -n 15 …`) keeps it: the thread is never raised. Returns whether the thread's nice value
 * is now `niceness` or more; elsewhere it does nothing.
 */
export function lowerThisThreadPriority(niceness = BACKGROUND_NICENESS): boolean {
  if (process.platform !== 'linux') return false;
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isSafeInteger(tid) || tid <= 0) return false;
    const current = getPriority(tid);
    if (current < niceness) setPriority(tid, niceness);
    return true;
  } catch {
    return false;
  }
}
