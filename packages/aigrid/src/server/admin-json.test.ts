import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { microsToUsd } from '../metering/report-window.js';
import { usageRowJson } from './admin-json.js';

describe('admin JSON money', () => {
  test('micro-USD becomes the exact decimal USD number', () => {
    for (const [micros, usd] of [[1_234_500, 1.2345], [36_270, 0.03627], [1, 0.000001], [0, 0], [20_000_000, 20], [-5_000, -0.005], [123_456_789_012, 123456.789012]] as const) {
      assert.equal(microsToUsd(micros), usd);
      assert.equal(String(microsToUsd(micros)), String(usd), 'prints without rounding noise or an exponent');
    }
  });

  test('a usage row is snake_case with cost in micros and USD', () => {
    const row = { group: 'm', requests: 2, inputTokens: 3, outputTokens: 4, costMicros: 1_234_500, estimatedRequests: 1, incompleteRequests: 0 };
    assert.deepEqual(usageRowJson(row), { group: 'm', requests: 2, input_tokens: 3, output_tokens: 4, cost_micros: 1_234_500, cost_usd: 1.2345, estimated_requests: 1, incomplete_requests: 0 });
  });
});
