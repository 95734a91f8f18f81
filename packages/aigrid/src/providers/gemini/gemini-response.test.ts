import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mapFinishReason } from './gemini-candidate.js';
import { toChatCompletion } from './gemini-response.js';
import { usageFromGemini } from './gemini-usage.js';

test('finish reasons map to OpenAI values', () => {
  const expected: Array<[string, boolean, string]> = [
    ['STOP', false, 'stop'],
    ['STOP', true, 'tool_calls'],
    ['MAX_TOKENS', true, 'length'],
    ['SAFETY', false, 'content_filter'],
    ['RECITATION', false, 'content_filter'],
    ['BLOCKLIST', false, 'content_filter'],
    ['PROHIBITED_CONTENT', false, 'content_filter'],
    ['SPII', false, 'content_filter'],
    ['OTHER', false, 'stop'],
    ['MALFORMED_FUNCTION_CALL', false, 'stop'],
    ['SOMETHING_NEW', false, 'stop'],
  ];
  for (const [raw, calls, mapped] of expected) assert.equal(mapFinishReason(raw, calls), mapped, raw);
});

test('several function calls: Gemini ids are kept, missing ones are made unique, signatures ride along', () => {
  const body = toChatCompletion(
    {
      candidates: [
        {
          content: {
            role: 'model',
            parts: [
              { text: 'thinking…', thought: true },
              { functionCall: { name: 'a', args: { x: 1 } }, thoughtSignature: 'sig' },
              { functionCall: { name: 'b' } },
              { functionCall: { name: 'c', args: {}, id: 'fc_1' } },
            ],
          },
          finishReason: 'STOP',
        },
      ],
    },
    'gemini-2.5-flash',
    undefined,
  );
  const choice = body.choices![0] as any;
  assert.equal(choice.finish_reason, 'tool_calls');
  assert.equal(choice.native_finish_reason, 'STOP');
  assert.equal(choice.message.content, null, 'thought summaries are not answer text');
  const calls = choice.message.tool_calls;
  assert.deepEqual(calls.map((entry: any) => entry.function), [
    { name: 'a', arguments: '{"x":1}' },
    { name: 'b', arguments: '{}' },
    { name: 'c', arguments: '{}' },
  ]);
  assert.match(calls[0].id, /^call_[0-9a-f]{32}$/);
  assert.notEqual(calls[0].id, calls[1].id);
  assert.equal(calls[2].id, 'fc_1');
  assert.deepEqual(calls[0].extra_content, { google: { thought_signature: 'sig' } });
  assert.equal(body.model, 'gemini-2.5-flash');
  assert.equal(body.usage, null);
});

test('several candidates become choices by index; an empty candidate has content null', () => {
  const body = toChatCompletion(
    {
      candidates: [
        // Gemini's JSON leaves out index 0.
        { content: { parts: [{ text: 'A' }] }, finishReason: 'STOP' },
        { index: 2, finishReason: 'SAFETY' },
        { index: 1, content: { parts: [{ text: 'B' }, { text: '!' }] }, finishReason: 'MAX_TOKENS' },
      ],
      responseId: 'r1',
      modelVersion: 'gemini-2.0-flash-001',
    },
    'gemini-2.0-flash',
    undefined,
  );
  const choices = body.choices as any[];
  assert.deepEqual(choices.map((choice) => [choice.index, choice.message.content, choice.finish_reason]), [
    [0, 'A', 'stop'],
    [1, 'B!', 'length'],
    [2, null, 'content_filter'],
  ]);
  assert.equal(body.id, 'chatcmpl-r1');
  assert.equal(body.model, 'gemini-2.0-flash-001');
});

test('a blocked prompt is an answer with content null and finish_reason content_filter', () => {
  const body = toChatCompletion({ promptFeedback: { blockReason: 'PROHIBITED_CONTENT' }, usageMetadata: { promptTokenCount: 8, totalTokenCount: 8 } }, 'm', usageFromGemini({ promptTokenCount: 8, totalTokenCount: 8 }));
  const choice = body.choices![0] as any;
  assert.equal(choice.message.content, null);
  assert.equal(choice.finish_reason, 'content_filter');
  assert.equal(choice.native_finish_reason, 'PROHIBITED_CONTENT');
  assert.deepEqual(body.usage, { prompt_tokens: 8, completion_tokens: 0, total_tokens: 8 });
});

test('usage: cache reads, thoughts and tool-use prompts; unreported counters stay undefined', () => {
  assert.deepEqual(usageFromGemini({ promptTokenCount: 100, cachedContentTokenCount: 60, candidatesTokenCount: 10, thoughtsTokenCount: 5, toolUsePromptTokenCount: 20, totalTokenCount: 135 }), {
    inputTokens: 120,
    uncachedInputTokens: 60,
    cacheReadTokens: 60,
    cacheWriteTokens: undefined,
    outputTokens: 15,
    reasoningTokens: 5,
    totalTokens: 135,
  });
  assert.deepEqual(usageFromGemini({ promptTokenCount: 9, candidatesTokenCount: 2 }), {
    inputTokens: 9,
    uncachedInputTokens: 9,
    cacheReadTokens: undefined,
    cacheWriteTokens: undefined,
    outputTokens: 2,
    reasoningTokens: undefined,
    totalTokens: 11,
  });
  const empty = usageFromGemini({});
  assert.equal(empty?.inputTokens, undefined);
  assert.equal(empty?.outputTokens, undefined);
  assert.equal(usageFromGemini(undefined), undefined);
});
