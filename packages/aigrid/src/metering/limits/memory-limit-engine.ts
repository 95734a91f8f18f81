import type {
  AdmitPlan,
  BudgetCounters,
  ExtendPlan,
  LimitEngine,
  PeekPlan,
  PlannedBudget,
  RawAdmit,
  RawExtend,
  RawPeek,
  RawSettle,
  SettlePlan,
} from './limit-engine.js';
import { MemoryLimitState } from './memory-limit-state.js';
import { bucketExpiry, bucketOf, oldestCountedBucket, windowRetryAfter } from './window-math.js';

/**
 * The embedded engine: counters in this process's memory. Each operation runs to completion
 * without awaiting, so it is atomic within the process; it is the source of truth only when the
 * gateway runs as one process (or as the fail-open fallback during a Redis outage).
 * The Redis scripts implement exactly these steps; keep the two in step.
 */
export class MemoryLimitEngine implements LimitEngine {
  private readonly state = new MemoryLimitState();

  async admit(plan: AdmitPlan): Promise<RawAdmit> {
    const { state } = this;
    const now = plan.now;
    state.sweep(now);
    for (const [index, budget] of plan.budgets.entries()) {
      const used = state.usedByOthers(budget.key, plan.id, now);
      if (budget.hard && used + plan.amount > budget.limit) return { ok: false, now, list: 'budgets', index, used: state.used(budget.key, now) };
    }
    for (const [index, window] of plan.windows.entries()) {
      const used = state.windowUsed(window.key, now, window.windowMs, window.bucketMs);
      if (used + window.amount > window.limit || used >= window.limit) {
        const buckets = state.windowBuckets(window.key);
        const retryAfterMs = windowRetryAfter(buckets, used, window.amount, window.limit, now, window.windowMs, window.bucketMs);
        return { ok: false, now, list: 'windows', index, used, retryAfterMs };
      }
    }
    for (const [index, lease] of plan.leases.entries()) {
      const leases = state.leaseSet(lease.key, now);
      const active = leases.size - (leases.has(plan.id) ? 1 : 0);
      if (active + 1 > lease.limit) return { ok: false, now, list: 'leases', index, used: active };
    }
    const expiresAt = now + plan.ttlMs;
    for (const budget of plan.budgets) {
      if (!budget.charge) continue;
      const record = state.budget(budget.key, now);
      state.setHold(record, plan.id, plan.amount, expiresAt);
      retain(record, budget);
    }
    const bucketsCharged: number[] = [];
    for (const window of plan.windows) {
      const bucket = bucketOf(now, window.bucketMs);
      bucketsCharged.push(bucket);
      if (window.charge) state.addToWindow(window.key, bucket, window.amount, bucketExpiry(bucket, window.windowMs, window.bucketMs));
    }
    for (const lease of plan.leases) if (lease.charge) state.leaseSet(lease.key, now).set(plan.id, expiresAt);
    return {
      ok: true,
      now,
      budgets: this.counters(plan.budgets, now),
      windows: plan.windows.map((window, index) => ({
        used: state.windowUsed(window.key, now, window.windowMs, window.bucketMs),
        bucket: bucketsCharged[index],
      })),
      leases: plan.leases.map((lease) => state.leaseSet(lease.key, now).size),
    };
  }

  async settle(plan: SettlePlan): Promise<RawSettle> {
    const { state } = this;
    const now = plan.now;
    state.sweep(now);
    if (plan.idempotent && state.isSettled(plan.id, now)) {
      return { settled: false, now, budgets: this.counters(plan.budgets, now) };
    }
    for (const budget of plan.budgets) {
      if (!budget.charge) continue;
      const record = state.budget(budget.key, now);
      state.dropHold(record, plan.id);
      record.spent += plan.actual;
      retain(record, budget);
    }
    for (const tokens of plan.tokens) {
      const bucket = tokens.bucket < 0 ? bucketOf(now, tokens.bucketMs) : tokens.bucket;
      // A correction for a bucket that already slid out of the window changes nothing that counts.
      if (bucket < oldestCountedBucket(now, tokens.windowMs, tokens.bucketMs)) continue;
      state.addToWindow(tokens.key, bucket, tokens.delta, bucketExpiry(bucket, tokens.windowMs, tokens.bucketMs));
    }
    for (const lease of plan.leases) if (lease.charge) state.leaseSet(lease.key, now).delete(plan.id);
    if (plan.idempotent) state.markSettled(plan.id, now + plan.settledMemoryMs);
    return { settled: true, now, budgets: this.counters(plan.budgets, now) };
  }

  async extend(plan: ExtendPlan): Promise<RawExtend> {
    const { state } = this;
    const now = plan.now;
    if (state.isSettled(plan.id, now)) return { ok: false, now, settled: true, index: -1, used: 0 };
    for (const [index, budget] of plan.budgets.entries()) {
      const used = state.usedByOthers(budget.key, plan.id, now);
      if (budget.hard && used + plan.held > budget.limit) return { ok: false, now, settled: false, index, used: state.used(budget.key, now) };
    }
    const expiresAt = now + plan.ttlMs;
    for (const budget of plan.budgets) {
      if (!budget.charge) continue;
      const record = state.budget(budget.key, now);
      state.setHold(record, plan.id, plan.held, expiresAt);
      retain(record, budget);
    }
    for (const lease of plan.leases) if (lease.charge) state.leaseSet(lease.key, now).set(plan.id, expiresAt);
    return { ok: true, now, budgets: this.counters(plan.budgets, now) };
  }

  async peek(plan: PeekPlan): Promise<RawPeek> {
    const { state } = this;
    const now = plan.now;
    return {
      now,
      budgets: this.counters(plan.budgets, now),
      windows: plan.windows.map((window) => state.windowUsed(window.key, now, window.windowMs, window.bucketMs)),
      leases: plan.leases.map((lease) => state.leaseSet(lease.key, now).size),
    };
  }

  async close(): Promise<void> {}

  private counters(budgets: readonly PlannedBudget[], now: number): BudgetCounters[] {
    return budgets.map((budget) => {
      const record = this.state.findBudget(budget.key, now);
      return { spent: record?.spent ?? 0, reserved: record?.reserved ?? 0 };
    });
  }
}

function retain(record: { retainUntil?: number }, budget: PlannedBudget): void {
  if (budget.retainUntil !== undefined) record.retainUntil = Math.max(record.retainUntil ?? 0, budget.retainUntil);
}
