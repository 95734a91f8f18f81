import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pairedRoundRatios } from '../bench/latency.js';
import { pairedRoundShares } from '../bench/throughput.js';

describe('bench: paired c=1 rounds', () => {
  it('divides each round by the floor round beside it and takes the median', () => {
    const direct = [0.1, 0.1, 0.2, 0.1];
    const floor = [0.2, 0.3, 0.3, 0.2];
    const aigrid = [0.25, 0.5, 0.35, 0.4];
    const paired = pairedRoundRatios(direct, floor, aigrid)!;
    assert.deepEqual(paired.ratios, [1.5, 2, 1.5, 3]);
    // Nearest rank, as every p50 in the bench.
    assert.equal(paired.median, 1.5);
  });

  it('skips rounds where the floor added nothing, and rounds one side lacks', () => {
    const paired = pairedRoundRatios([0.1, 0.1, 0.1], [0.1, 0.3], [0.2, 0.4, 0.5])!;
    assert.deepEqual(paired.ratios, [1.5]);
    assert.equal(pairedRoundRatios([0.1], [0.1], [0.2]), undefined);
  });
});

describe('bench: paired saturation rounds', () => {
  it('divides each round of a target by the floor round of the same pass and takes the median', () => {
    const paired = pairedRoundShares([10_000, 20_000, 16_000], [8_000, 13_000, 12_000])!;
    assert.deepEqual(paired.shares, [0.8, 0.65, 0.75]);
    assert.equal(paired.median, 0.75);
  });

  it('skips floor rounds that served nothing, and rounds one side lacks', () => {
    assert.deepEqual(pairedRoundShares([0, 10_000, 5_000], [1_000, 7_000])!.shares, [0.7]);
    assert.equal(pairedRoundShares([0], [100]), undefined);
  });
});
