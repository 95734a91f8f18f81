import { test } from 'node:test';
import assert from 'node:assert/strict';
import { finishReasonFromAnthropic } from './anthropic-finish.js';
import { completionFromAnthropic } from './anthropic-response.js';
import { usageFromAnthropic } from './anthropic-usage.js';

const translate = (content: unknown[], stopReason: string | null, usage: Record<string, unknown> | null = { input_tokens: 10, output_tokens: 4 }) =>
  completionFromAnthropic({ id: 'msg_1', model: 'claude-x', content: content as never, stop_reason: stopReason, usage }, 'fallback', 'model');

test('stop reasons map to OpenAI finish reasons; unknown and missing ones read as stop', () => {
  const expected: Array<[string | null | undefined, string]> = [
    ['end_turn', 'stop'],
    ['stop_sequence', 'stop'],
    ['pause_turn', 'stop'],
    ['max_tokens', 'length'],
    ['model_context_window_exceeded', 'length'],
    ['tool_use', 'tool_calls'],
    ['refusal', 'content_filter'],
    ['something_new', 'stop'],
    [null, 'stop'],
    [undefined, 'stop'],
  ];
  for (const [reason, finish] of expected) assert.equal(finishReasonFromAnthropic(reason), finish, String(reason));
});

test('several tool calls keep ids and order; content is null when only tools were called', () => {
  const { body } = translate(
    [
      { type: 'thinking', thinking: 'hmm', signature: 'sig' },
      { type: 'tool_use', id: 'toolu_1', name: 'a', input: { x: 1 } },
      { type: 'tool_use', id: 'toolu_2', name: 'b', input: {} },
    ],
    'tool_use',
  );
  const choice = body.choices![0];
  assert.equal(choice.finish_reason, 'tool_calls');
  assert.equal(choice.message!.content, null);
  assert.deepEqual(choice.message!.tool_calls, [
    { id: 'toolu_1', type: 'function', function: { name: 'a', arguments: '{"x":1}' } },
    { id: 'toolu_2', type: 'function', function: { name: 'b', arguments: '{}' } },
  ]);
  assert.equal(body.object, 'chat.completion');
  assert.equal(body.id, 'msg_1');
});

test('empty content is an empty string, text blocks are joined', () => {
  assert.equal(translate([], 'end_turn').body.choices![0].message!.content, '');
  assert.equal(translate([{ type: 'text', text: 'a' }, { type: 'text', text: 'b' }], 'end_turn').body.choices![0].message!.content, 'ab');
  assert.equal(translate([{ type: 'text', text: 'a' }], 'end_turn').body.choices![0].message!.tool_calls, undefined);
});

test('usage without cache fields leaves them unknown; OpenAI usage is written from it', () => {
  const { body, usage } = translate([], 'end_turn');
  assert.deepEqual(usage, {
    inputTokens: 10,
    uncachedInputTokens: 10,
    cacheReadTokens: undefined,
    cacheWriteTokens: undefined,
    outputTokens: 4,
    reasoningTokens: undefined,
    totalTokens: 14,
  });
  assert.deepEqual(body.usage, { prompt_tokens: 10, completion_tokens: 4, total_tokens: 14 });
  assert.equal(translate([], 'end_turn', null).usage, undefined);
});

test('usage with cache fields: input is uncached + read + write, cached_tokens is the read', () => {
  const { body, usage } = translate([], 'end_turn', {
    input_tokens: 5,
    cache_read_input_tokens: 100,
    cache_creation_input_tokens: 20,
    output_tokens: 7,
    output_tokens_details: { thinking_tokens: 3 },
  });
  assert.equal(usage!.inputTokens, 125);
  assert.equal(usage!.cacheReadTokens, 100);
  assert.equal(usage!.cacheWriteTokens, 20);
  assert.equal(usage!.reasoningTokens, 3);
  assert.deepEqual(body.usage, {
    prompt_tokens: 125,
    completion_tokens: 7,
    total_tokens: 132,
    prompt_tokens_details: { cached_tokens: 100 },
    completion_tokens_details: { reasoning_tokens: 3 },
  });
  assert.deepEqual(usageFromAnthropic({ output_tokens: 2 }), {
    inputTokens: undefined,
    uncachedInputTokens: undefined,
    cacheReadTokens: undefined,
    cacheWriteTokens: undefined,
    outputTokens: 2,
    reasoningTokens: undefined,
    totalTokens: undefined,
  });
});
