import { oldestCountedBucket } from './window-math.js';

interface Hold {
  amount: number;
  expiresAt: number;
}

/** One budget counter: settled spend, the sum of live holds, and the holds themselves. */
export interface BudgetRecord {
  spent: number;
  reserved: number;
  readonly holds: Map<string, Hold>;
  /** Earliest hold expiry, so reaping is skipped while nothing can have expired. */
  earliestExpiry: number;
  retainUntil?: number;
}

const SWEEP_EVERY_MS = 60_000;

/**
 * The counters of the in-memory engine, with the same lazy expiry rules as the Redis scripts:
 * expired holds and leases are reaped when their counter is next touched, and a periodic sweep
 * drops counters nobody touches any more, so memory stays bounded.
 */
export class MemoryLimitState {
  private readonly budgets = new Map<string, BudgetRecord>();
  private readonly windows = new Map<string, { buckets: Map<number, number>; expiresAt: number }>();
  private readonly leases = new Map<string, Map<string, number>>();
  private readonly settled = new Map<string, number>();
  private nextSweepAt = 0;

  /** The budget counter, with expired holds released. */
  budget(key: string, now: number): BudgetRecord {
    let record = this.budgets.get(key);
    if (!record) {
      record = { spent: 0, reserved: 0, holds: new Map(), earliestExpiry: Infinity };
      this.budgets.set(key, record);
    }
    if (now >= record.earliestExpiry) reapHolds(record, now);
    return record;
  }

  /** The budget counter if it exists (expired holds released); reading never creates one. */
  findBudget(key: string, now: number): BudgetRecord | undefined {
    const record = this.budgets.get(key);
    if (record && now >= record.earliestExpiry) reapHolds(record, now);
    return record;
  }

  /** Spent + reserved. */
  used(key: string, now: number): number {
    const record = this.findBudget(key, now);
    return record ? record.spent + record.reserved : 0;
  }

  /** Spent + reserved, not counting what reservation `id` itself holds. */
  usedByOthers(key: string, id: string, now: number): number {
    const record = this.findBudget(key, now);
    if (!record) return 0;
    return record.spent + record.reserved - (record.holds.get(id)?.amount ?? 0);
  }

  /** Sets the hold of reservation `id` to `amount`, adjusting the reserved total. */
  setHold(record: BudgetRecord, id: string, amount: number, expiresAt: number): void {
    const previous = record.holds.get(id)?.amount ?? 0;
    record.reserved += amount - previous;
    record.holds.set(id, { amount, expiresAt });
    record.earliestExpiry = Math.min(record.earliestExpiry, expiresAt);
  }

  /** Drops the hold of reservation `id`, if it is still there. */
  dropHold(record: BudgetRecord, id: string): void {
    const hold = record.holds.get(id);
    if (!hold) return;
    record.reserved = Math.max(0, record.reserved - hold.amount);
    record.holds.delete(id);
  }

  /** The window's usage at `now`; buckets that slid out are removed. */
  windowUsed(key: string, now: number, windowMs: number, bucketMs: number): number {
    const buckets = this.windows.get(key)?.buckets;
    if (!buckets) return 0;
    const oldest = oldestCountedBucket(now, windowMs, bucketMs);
    let used = 0;
    for (const [bucket, count] of buckets) {
      if (bucket < oldest) buckets.delete(bucket);
      else used += count;
    }
    return used;
  }

  /** The counted buckets, oldest first (only needed to compute a retry time). */
  windowBuckets(key: string): Array<[bucket: number, count: number]> {
    const buckets = [...(this.windows.get(key)?.buckets ?? [])];
    return buckets.sort((left, right) => left[0] - right[0]);
  }

  /** Adds `delta` to one bucket (never below zero); the window is forgotten after `expiresAt`. */
  addToWindow(key: string, bucket: number, delta: number, expiresAt: number): void {
    let window = this.windows.get(key);
    if (!window) {
      window = { buckets: new Map(), expiresAt };
      this.windows.set(key, window);
    }
    window.expiresAt = Math.max(window.expiresAt, expiresAt);
    window.buckets.set(bucket, Math.max(0, (window.buckets.get(bucket) ?? 0) + delta));
  }

  /** Live leases of a scope, expired ones removed. */
  leaseSet(key: string, now: number): Map<string, number> {
    let leases = this.leases.get(key);
    if (!leases) {
      leases = new Map();
      this.leases.set(key, leases);
    }
    for (const [id, expiresAt] of leases) if (expiresAt <= now) leases.delete(id);
    return leases;
  }

  isSettled(id: string, now: number): boolean {
    const until = this.settled.get(id);
    return until !== undefined && until > now;
  }

  markSettled(id: string, until: number): void {
    this.settled.delete(id); // keep the map in expiry order for the sweep
    this.settled.set(id, until);
  }

  /** Drops counters whose period (and retention) ended, empty windows and forgotten markers. */
  sweep(now: number): void {
    if (now < this.nextSweepAt) return;
    this.nextSweepAt = now + SWEEP_EVERY_MS;
    for (const [key, record] of this.budgets) {
      reapHolds(record, now);
      if (record.holds.size === 0 && record.retainUntil !== undefined && record.retainUntil <= now) this.budgets.delete(key);
    }
    for (const [key, window] of this.windows) if (window.expiresAt <= now) this.windows.delete(key);
    for (const [key] of this.leases) if (this.leaseSet(key, now).size === 0) this.leases.delete(key);
    // Markers are inserted in expiry order (one memory length for all), so stop at the first live one.
    for (const [id, until] of this.settled) {
      if (until > now) break;
      this.settled.delete(id);
    }
  }
}

function reapHolds(record: BudgetRecord, now: number): void {
  let earliest = Infinity;
  for (const [id, hold] of record.holds) {
    if (hold.expiresAt <= now) {
      record.reserved = Math.max(0, record.reserved - hold.amount);
      record.holds.delete(id);
    } else earliest = Math.min(earliest, hold.expiresAt);
  }
  record.earliestExpiry = earliest;
}
