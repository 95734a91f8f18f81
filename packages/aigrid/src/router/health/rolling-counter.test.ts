import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RollingCounter } from './rolling-counter.js';

describe('RollingCounter', () => {
  it('sums events within the window and drops them bucket by bucket as it slides', () => {
    const counter = new RollingCounter(10_000, 10);
    counter.add(0);
    counter.add(500, 2);
    counter.add(5_000);
    assert.equal(counter.total(5_000), 4);
    assert.equal(counter.total(9_999), 4);
    assert.equal(counter.total(10_000), 1);
    assert.equal(counter.total(15_000), 0);
    counter.add(15_000);
    assert.equal(counter.total(15_000), 1);
  });
});
