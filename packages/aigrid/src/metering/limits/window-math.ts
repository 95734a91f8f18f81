/**
 * Arithmetic of the bucketed sliding window, shared by the in-memory engine and mirrored in the
 * Redis scripts. A window of `windowMs` is split into buckets of `bucketMs`; the buckets counted
 * at `now` are every bucket that overlaps `(now − windowMs, now]`. Counting the oldest, partly
 * elapsed bucket in full over-counts, never under-counts: no interval of `windowMs` can ever hold
 * more than the limit, at the price of refusing up to one bucket early.
 */

/** Bucket length for a window split into `buckets` parts (at least 1 ms). */
export function bucketLength(windowMs: number, buckets: number): number {
  return Math.max(1, Math.ceil(windowMs / buckets));
}

/** The bucket that `time` falls in. */
export function bucketOf(time: number, bucketMs: number): number {
  return Math.floor(time / bucketMs);
}

/** The oldest bucket still counted at `now`; older buckets can be dropped. */
export function oldestCountedBucket(now: number, windowMs: number, bucketMs: number): number {
  return Math.floor((now - windowMs) / bucketMs);
}

/** The instant bucket `bucket` stops being counted. */
export function bucketExpiry(bucket: number, windowMs: number, bucketMs: number): number {
  return (bucket + 1) * bucketMs + windowMs;
}

/**
 * How long until `amount` more fits under `limit`, given the counted buckets (oldest first):
 * the time until enough of the oldest buckets have slid out. Undefined when it never fits.
 */
export function windowRetryAfter(
  buckets: ReadonlyArray<readonly [bucket: number, count: number]>,
  used: number,
  amount: number,
  limit: number,
  now: number,
  windowMs: number,
  bucketMs: number,
): number | undefined {
  if (amount > limit) return undefined;
  let left = used;
  for (const [bucket, count] of buckets) {
    left -= count;
    if (left + amount <= limit && left < limit) return Math.max(1, bucketExpiry(bucket, windowMs, bucketMs) - now);
  }
  return Math.max(1, windowMs);
}
