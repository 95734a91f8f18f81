import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { usageFromOpenAI } from '../spec/usage.js';
import { sampleUsageEvent } from '../../test/support/metering/metering-test-fixtures.js';
import { assertUsageEvent, parseUsageEvent } from './usage-event-check.js';
import { buildUsageEvent, usageEventId, type UsageEventInput } from './usage-event.js';

const input = (overrides: Partial<UsageEventInput> = {}): UsageEventInput => ({
  requestId: 'req_1',
  ts: 1_700_000_000_000,
  tenant: 'acme',
  keyId: 'key_1',
  model: 'fast',
  provider: 'openai',
  upstreamModel: 'gpt-4o-mini',
  usage: undefined,
  estimate: { inputTokens: 900, outputTokens: 150 },
  prices: { inputPerMTok: 150_000, cachedInputPerMTok: 75_000, outputPerMTok: 600_000 },
  ...overrides,
});

describe('usage events', () => {
  it('builds ids from the request id and an optional suffix', () => {
    assert.equal(usageEventId('req_1'), 'req_1');
    assert.equal(usageEventId('req_1', 'embed-2'), 'req_1:embed-2');
    assert.equal(buildUsageEvent(input({ idSuffix: 'a' })).id, 'req_1:a');
  });

  it('uses reported usage, cache split included', () => {
    const usage = usageFromOpenAI({ prompt_tokens: 1_000, completion_tokens: 200, prompt_tokens_details: { cached_tokens: 400 }, completion_tokens_details: { reasoning_tokens: 50 } });
    const event = buildUsageEvent(input({ usage }));
    assert.equal(event.source, 'reported');
    assert.deepEqual(
      [event.inputTokens, event.uncachedInputTokens, event.cacheReadTokens, event.cacheWriteTokens, event.outputTokens, event.reasoningTokens],
      [1_000, 600, 400, 0, 200, 50],
    );
    // 600 × 0.15 + 400 × 0.075 + 200 × 0.6 = 90 + 30 + 120
    assert.equal(event.costMicros, 240);
    assert.equal(event.complete, true);
    assert.doesNotThrow(() => assertUsageEvent(event));
  });

  it('falls back to estimates for what the provider did not report', () => {
    const none = buildUsageEvent(input());
    assert.equal(none.source, 'estimated');
    assert.deepEqual([none.inputTokens, none.uncachedInputTokens, none.outputTokens, none.reasoningTokens], [900, 900, 150, null]);
    assert.equal(none.costMicros, 135 + 90);
    const inputOnly = buildUsageEvent(input({ usage: { inputTokens: 1_000 } }));
    assert.equal(inputOnly.source, 'estimated');
    assert.deepEqual([inputOnly.inputTokens, inputOnly.outputTokens], [1_000, 150]);
  });

  it('marks a stream cut short as partial, whatever was reported', () => {
    const event = buildUsageEvent(input({ partial: true, usage: { inputTokens: 1_000, outputTokens: 20 } }));
    assert.equal(event.source, 'partial');
    assert.equal(event.outputTokens, 20);
  });

  it('carries prices, batch and an incomplete cost', () => {
    const event = buildUsageEvent(input({ prices: { inputPerMTok: 150_000 }, batch: true }));
    assert.equal(event.batch, true);
    assert.equal(event.complete, false);
    assert.deepEqual(event.prices, { inputPerMTok: 150_000 });
  });

  it('rejects malformed events by field', () => {
    assert.throws(() => assertUsageEvent({ ...sampleUsageEvent(), inputTokens: -1 }), /inputTokens/);
    assert.throws(() => assertUsageEvent({ ...sampleUsageEvent(), costMicros: 1.5 }), /costMicros/);
    assert.throws(() => assertUsageEvent({ ...sampleUsageEvent(), tenant: '' }), /tenant/);
    assert.throws(() => assertUsageEvent({ ...sampleUsageEvent(), source: 'guessed' }), /source/);
    assert.throws(() => assertUsageEvent({ ...sampleUsageEvent(), project: undefined }), /project/);
    assert.throws(() => assertUsageEvent({ ...sampleUsageEvent(), project: '' }), /project/);
    assert.equal(buildUsageEvent(input({ project: '', endUser: '' })).project, null);
    assert.equal(parseUsageEvent({ id: 'x' }), undefined);
    const event = sampleUsageEvent();
    assert.deepEqual(parseUsageEvent(JSON.parse(JSON.stringify(event))), event);
  });

  it('rejects a bad value in every field, naming it', () => {
    // Every field of the event, each with values it must refuse (the quick check and the named one must agree).
    const bad: Record<string, unknown[]> = {
      id: ['', 1, null],
      tenant: ['', undefined],
      keyId: ['', 7],
      model: [''],
      provider: [null],
      upstreamModel: [''],
      project: ['', undefined, 3],
      endUser: ['', undefined],
      deployment: ['', undefined],
      ts: [-1, 1.5, '1'],
      inputTokens: [-1, Number.NaN],
      uncachedInputTokens: [1.5],
      cacheReadTokens: [null],
      cacheWriteTokens: ['0'],
      outputTokens: [Infinity],
      costMicros: [-2],
      reasoningTokens: [-1, undefined],
      source: ['guessed', 1],
      complete: [1, 'true'],
      batch: [0, undefined],
      prices: [null, [], 'x'],
    };
    assert.deepEqual(Object.keys(bad).sort(), Object.keys(sampleUsageEvent()).sort());
    for (const [field, values] of Object.entries(bad)) {
      for (const value of values) {
        assert.throws(() => assertUsageEvent({ ...sampleUsageEvent(), [field]: value }), new RegExp(field), `${field} = ${String(value)}`);
      }
    }
  });
});
