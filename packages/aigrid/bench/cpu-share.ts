import { readdirSync, readFileSync } from 'node:fs';

/*
 * How much of the machine other processes used while we measured. Load average alone cannot
 * say: during a run the bench itself keeps every core busy. Ticks from /proc/stat (whole machine)
 * minus ticks of the bench's own processes (/proc/<pid>/stat) = somebody else's work.
 */

interface Ticks {
  busy: number;
  total: number;
  ours: number;
}

function machineTicks(): { busy: number; total: number } {
  // cpu  user nice system idle iowait irq softirq steal ...
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1, 9).map(Number);
  const [user, nice, system, idle, iowait, irq, softirq, steal] = fields;
  const busy = user + nice + system + irq + softirq + steal;
  return { busy, total: busy + idle + iowait };
}

/** utime + stime of a /proc stat file: the 12th and 13th fields after the parenthesised name. */
function statTicks(path: string): number {
  const stat = readFileSync(path, 'utf8');
  const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(rest[11]) + Number(rest[12]);
}

/** CPU ticks (user + system, all threads) a process has used so far; 0 when unreadable. */
export function processTicks(pid: number): number {
  try {
    return statTicks(`/proc/${pid}/stat`);
  } catch {
    return 0;
  }
}

/** CPU ticks per thread id of a live process (the main thread's id is the pid). */
export function threadTicks(pid: number): Map<string, number> {
  const ticks = new Map<string, number>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) ticks.set(tid, statTicks(`/proc/${pid}/task/${tid}/stat`));
  return ticks;
}

/**
 * CPU ticks a process used between two `threadTicks` samples: its main thread, and all its other
 * threads (GC helpers, worker threads). A thread that started in between counts from zero.
 */
export function threadTicksBetween(pid: number, before: Map<string, number>, after: Map<string, number>): { main: number; other: number } {
  const ticks = { main: 0, other: 0 };
  for (const [tid, value] of after) ticks[tid === String(pid) ? 'main' : 'other'] += value - (before.get(tid) ?? 0);
  return ticks;
}

export function sampleTicks(pids: number[]): Ticks {
  const { busy, total } = machineTicks();
  return { busy, total, ours: pids.reduce((sum, pid) => sum + processTicks(pid), 0) };
}

/** Share (0..1) of all CPU time between two samples that went to processes not in `pids`. */
export function foreignShare(start: Ticks, end: Ticks): number | undefined {
  const total = end.total - start.total;
  if (total <= 0) return undefined;
  const foreign = end.busy - start.busy - (end.ours - start.ours);
  return Math.max(0, Math.round((foreign / total) * 1000) / 1000);
}
