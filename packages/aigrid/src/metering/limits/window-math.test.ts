import assert from 'node:assert/strict';
import { it } from 'node:test';
import { bucketExpiry, bucketLength, bucketOf, oldestCountedBucket, windowRetryAfter } from './window-math.js';

it('splits a window into buckets and counts every bucket overlapping it', () => {
  assert.equal(bucketLength(60_000, 60), 1_000);
  assert.equal(bucketLength(10, 60), 1);
  assert.equal(bucketOf(59_999, 1_000), 59);
  // At 120 500 the window is (60 500, 120 500]: bucket 60 ([60 000, 61 000)) overlaps it.
  assert.equal(oldestCountedBucket(120_500, 60_000, 1_000), 60);
  assert.equal(bucketExpiry(60, 60_000, 1_000), 121_000);
});

it('waits for just enough old buckets to slide out', () => {
  const buckets: Array<[number, number]> = [[60, 2], [61, 3], [70, 5]];
  // limit 10, used 10: one more fits once bucket 60 (2) is gone, at 121 000.
  assert.equal(windowRetryAfter(buckets, 10, 1, 10, 120_500, 60_000, 1_000), 500);
  // four more need buckets 60 and 61 gone, at 122 000.
  assert.equal(windowRetryAfter(buckets, 10, 4, 10, 120_500, 60_000, 1_000), 1_500);
  assert.equal(windowRetryAfter(buckets, 10, 11, 10, 120_500, 60_000, 1_000), undefined);
});
