import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { costOf, overridePrices, priceSheetFromCard, type PriceSheet } from './cost.js';

// Prices in micro-USD per million tokens: $0.15 = 150_000.
const MINI: PriceSheet = { inputPerMTok: 150_000, outputPerMTok: 600_000, batchDiscountPercent: 50 };

describe('costOf', () => {
  it('prices input and output: 1,000 × $0.15/M + 200 × $0.60/M = 270 micro-USD', () => {
    assert.deepEqual(costOf({ inputTokens: 1_000, outputTokens: 200 }, MINI), { micros: 270, complete: true });
  });

  it('prices cache reads at the cached price', () => {
    const prices = { inputPerMTok: 2_500_000, cachedInputPerMTok: 1_250_000, outputPerMTok: 10_000_000 };
    // 6,000 uncached × 2.5 + 4,000 cached × 1.25 + 500 × 10 = 15,000 + 5,000 + 5,000
    const cost = costOf({ inputTokens: 10_000, cacheReadTokens: 4_000, outputTokens: 500 }, prices);
    assert.deepEqual(cost, { micros: 25_000, complete: true });
  });

  it('prices cache writes at the cache-write price', () => {
    const prices = { inputPerMTok: 3_000_000, cachedInputPerMTok: 300_000, cacheWritePerMTok: 3_750_000, outputPerMTok: 15_000_000 };
    const usage = { inputTokens: 3_010, uncachedInputTokens: 10, cacheReadTokens: 2_000, cacheWriteTokens: 1_000, outputTokens: 7 };
    // 10 × 3 + 2,000 × 0.3 + 1,000 × 3.75 + 7 × 15 = 30 + 600 + 3,750 + 105
    assert.deepEqual(costOf(usage, prices), { micros: 4_485, complete: true });
  });

  it('falls back to the input price for cache reads and writes without their own price', () => {
    const usage = { inputTokens: 1_000, cacheReadTokens: 300, cacheWriteTokens: 100, outputTokens: 0 };
    // 600 + 300 + 100 tokens, all at $0.15/M
    assert.deepEqual(costOf(usage, MINI), { micros: 150, complete: true });
  });

  it('applies the batch discount to every component', () => {
    assert.deepEqual(costOf({ inputTokens: 1_000, outputTokens: 200 }, MINI, { batch: true }), { micros: 135, complete: true });
    // 37.5% off: 1,000 × 0.15 × 0.625 = 93.75 → 94
    const odd = { ...MINI, batchDiscountPercent: 37.5 };
    assert.deepEqual(costOf({ inputTokens: 1_000, outputTokens: 0 }, odd, { batch: true }), { micros: 94, complete: true });
  });

  it('rounds each component half-up once', () => {
    const prices = { inputPerMTok: 500_000, outputPerMTok: 500_000 };
    // 0.5 + 0.5: each half rounds up, so the total is 2 where the exact sum is 1.
    assert.equal(costOf({ inputTokens: 1, outputTokens: 1 }, prices).micros, 2);
    assert.equal(costOf({ inputTokens: 3, outputTokens: 0 }, MINI).micros, 0); // 0.45
    assert.equal(costOf({ inputTokens: 4, outputTokens: 0 }, MINI).micros, 1); // 0.6
    assert.equal(costOf({ inputTokens: 1, outputTokens: 0 }, { inputPerMTok: 250_000 }).micros, 0); // 0.25
  });

  it('stays exact where floating point would not', () => {
    // 123,456,789 × $2.50/M = 308,641,972.5 micro-USD → 308,641,973
    assert.equal(costOf({ inputTokens: 123_456_789, outputTokens: 0 }, { inputPerMTok: 2_500_000 }).micros, 308_641_973);
    // 10^9 tokens at $1,000,000/M: 10^15 micro-USD, still a safe integer.
    assert.equal(costOf({ inputTokens: 1e9, outputTokens: 0 }, { inputPerMTok: 1e12 }).micros, 1e15);
    // 0.1 + 0.2 style: 3 tokens at 100,000 + 3 at 200,000 → 0.3 + 0.6 → 0 + 1
    assert.equal(costOf({ inputTokens: 3, outputTokens: 3 }, { inputPerMTok: 100_000, outputPerMTok: 200_000 }).micros, 1);
  });

  it('flags an unknown price and counts that component as 0', () => {
    const prices = { inputPerMTok: 150_000 };
    assert.deepEqual(costOf({ inputTokens: 1_000, outputTokens: 200 }, prices), { micros: 150, complete: false });
    // No output tokens (an embedding): no output price needed.
    assert.deepEqual(costOf({ inputTokens: 1_000, outputTokens: 0 }, prices), { micros: 150, complete: true });
  });

  it('flags unknown token counts, never reading them as zero', () => {
    assert.deepEqual(costOf({ inputTokens: 1_000 }, MINI), { micros: 150, complete: false });
    assert.deepEqual(costOf({ outputTokens: 200 }, MINI), { micros: 120, complete: false });
  });

  it('charges full price for a batch request without a known discount, flagged', () => {
    const prices = { inputPerMTok: 150_000, outputPerMTok: 600_000 };
    assert.deepEqual(costOf({ inputTokens: 1_000, outputTokens: 200 }, prices, { batch: true }), { micros: 270, complete: false });
  });

  it('treats malformed prices as unknown', () => {
    for (const bad of [-1, 1.5, Number.NaN]) {
      assert.equal(costOf({ inputTokens: 10, outputTokens: 0 }, { inputPerMTok: bad }).complete, false);
    }
  });

  it('costs nothing at a price of zero, on purpose', () => {
    assert.deepEqual(costOf({ inputTokens: 5_000, outputTokens: 5_000 }, { inputPerMTok: 0, outputPerMTok: 0 }), { micros: 0, complete: true });
  });
});

describe('price sheets', () => {
  it('reads a card, leaving unknown prices out', () => {
    const sheet = priceSheetFromCard({ input: 150_000, cachedInput: 75_000, cacheWrite: null, output: 600_000, batchDiscountPercent: 50 });
    assert.deepEqual(sheet, { inputPerMTok: 150_000, cachedInputPerMTok: 75_000, outputPerMTok: 600_000, batchDiscountPercent: 50 });
  });

  it('lets a tenant override replace single fields', () => {
    const merged = overridePrices(MINI, { outputPerMTok: 500_000, inputPerMTok: undefined });
    assert.deepEqual(merged, { inputPerMTok: 150_000, outputPerMTok: 500_000, batchDiscountPercent: 50 });
    assert.equal(overridePrices(MINI, undefined), MINI);
  });
});
