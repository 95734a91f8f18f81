import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatMicros, usdToMicros } from './usd-micros.js';

describe('usdToMicros', () => {
  it('converts exact decimals without float error', () => {
    assert.equal(usdToMicros(2), 2_000_000);
    assert.equal(usdToMicros(1.1), 1_100_000);
    assert.equal(usdToMicros(0.075), 75_000);
    assert.equal(usdToMicros('0.275'), 275_000);
    assert.equal(usdToMicros(0), 0);
  });

  it('rounds half-up at the sixth decimal, reading the decimal as written', () => {
    assert.equal(usdToMicros(0.0000005), 1);
    assert.equal(usdToMicros('0.0000005'), 1);
    assert.equal(usdToMicros(0.0000004999), 0);
    assert.equal(usdToMicros('1.2345675'), 1_234_568);
    assert.equal(usdToMicros('1.2345674'), 1_234_567);
  });

  it('reads exponent forms', () => {
    assert.equal(usdToMicros(5e-7), 1);
    assert.equal(usdToMicros('1.5e2'), 150_000_000);
    assert.equal(usdToMicros('2E-3'), 2_000);
  });

  it('refuses negative, non-finite and malformed values', () => {
    for (const value of [-1, Number.NaN, Number.POSITIVE_INFINITY, '', 'abc', '1,5', '$1', '-0.5', '1e30']) {
      assert.equal(usdToMicros(value), undefined, String(value));
    }
  });
});

describe('formatMicros', () => {
  it('shows at least two decimals and no more than needed', () => {
    assert.equal(formatMicros(2_500_000), '2.50');
    assert.equal(formatMicros(75_000), '0.075');
    assert.equal(formatMicros(1), '0.000001');
    assert.equal(formatMicros(0), '0.00');
    assert.equal(formatMicros(12_000_000), '12.00');
  });
});
