/**
 * Counts events over a sliding window of `windowMs`, in `bucketCount` time buckets, so memory
 * stays constant however many events arrive. The window slides one bucket at a time.
 */
export class RollingCounter {
  private readonly bucketMs: number;
  private readonly starts: number[];
  private readonly counts: number[];

  constructor(
    readonly windowMs: number,
    readonly bucketCount = 10,
  ) {
    this.bucketMs = Math.max(1, windowMs / bucketCount);
    this.starts = new Array<number>(bucketCount).fill(-1);
    this.counts = new Array<number>(bucketCount).fill(0);
  }

  add(now: number, amount = 1): void {
    const slot = Math.floor(now / this.bucketMs);
    const index = ((slot % this.bucketCount) + this.bucketCount) % this.bucketCount;
    if (this.starts[index] !== slot) {
      this.starts[index] = slot;
      this.counts[index] = 0;
    }
    this.counts[index] += amount;
  }

  total(now: number): number {
    const current = Math.floor(now / this.bucketMs);
    let sum = 0;
    for (let index = 0; index < this.bucketCount; index += 1) {
      const start = this.starts[index];
      if (start > current - this.bucketCount && start <= current) sum += this.counts[index];
    }
    return sum;
  }

  reset(): void {
    this.starts.fill(-1);
    this.counts.fill(0);
  }
}
