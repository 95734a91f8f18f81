import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { finishReason, toChatCompletion } from './bedrock-response.js';
import { usageFromBedrock } from './bedrock-usage.js';

const identity = { id: 'chatcmpl-req-1', model: 'anthropic.claude-3-haiku-20240307-v1:0', created: 1700000000 };
const message = (body: any) => body.choices[0].message;

describe('toChatCompletion', () => {
  test('several tool calls keep their toolUseIds; arguments are JSON strings', () => {
    const { body } = toChatCompletion(
      {
        output: {
          message: {
            role: 'assistant',
            content: [
              { text: 'Both.' },
              { toolUse: { toolUseId: 'tooluse_A', name: 'get_weather', input: { city: 'Oslo' } } },
              { toolUse: { toolUseId: 'tooluse_B', name: 'get_time', input: {} } },
            ],
          },
        },
        stopReason: 'tool_use',
      },
      identity,
    );
    assert.equal(body.object, 'chat.completion');
    assert.equal(body.id, 'chatcmpl-req-1');
    assert.equal(message(body).content, 'Both.');
    assert.deepEqual(message(body).tool_calls, [
      { id: 'tooluse_A', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Oslo"}' } },
      { id: 'tooluse_B', type: 'function', function: { name: 'get_time', arguments: '{}' } },
    ]);
    assert.equal(body.choices?.[0].finish_reason, 'tool_calls');
  });

  test('content is null beside tool calls, an empty string without them', () => {
    const onlyTool = toChatCompletion({ output: { message: { content: [{ toolUse: { toolUseId: 't', name: 'f', input: { a: 1 } } }] } } }, identity);
    assert.equal(message(onlyTool.body).content, null);
    assert.equal(onlyTool.body.choices?.[0].finish_reason, 'tool_calls');
    const empty = toChatCompletion({ output: { message: { content: [] } }, stopReason: 'end_turn' }, identity);
    assert.equal(message(empty.body).content, '');
    assert.equal(message(empty.body).tool_calls, undefined);
  });

  test('reasoning blocks are not part of the content', () => {
    const { body } = toChatCompletion({ output: { message: { content: [{ reasoningContent: { reasoningText: { text: 'hmm' } } }, { text: 'Yes.' }] } } }, identity);
    assert.equal(message(body).content, 'Yes.');
  });

  test('a missing usage stays unknown', () => {
    const { body, usage } = toChatCompletion({ output: { message: { content: [{ text: 'x' }] } }, stopReason: 'end_turn' }, identity);
    assert.equal(usage, undefined);
    assert.equal(body.usage, undefined);
  });

  test('usage is written in OpenAI shape with cached tokens', () => {
    const { body } = toChatCompletion(
      { output: { message: { content: [{ text: 'x' }] } }, usage: { inputTokens: 10, outputTokens: 2, totalTokens: 112, cacheReadInputTokens: 100 } },
      identity,
    );
    assert.deepEqual(body.usage, { prompt_tokens: 110, completion_tokens: 2, total_tokens: 112, prompt_tokens_details: { cached_tokens: 100 } });
  });
});

describe('finishReason', () => {
  test('maps every documented stopReason', () => {
    const cases: Record<string, string> = {
      end_turn: 'stop',
      stop_sequence: 'stop',
      max_tokens: 'length',
      model_context_window_exceeded: 'length',
      tool_use: 'tool_calls',
      guardrail_intervened: 'content_filter',
      content_filtered: 'content_filter',
    };
    for (const [reason, expected] of Object.entries(cases)) assert.equal(finishReason(reason, false), expected, reason);
  });

  test('unknown reasons fall back on whether tools were called', () => {
    assert.equal(finishReason('malformed_tool_use', true), 'tool_calls');
    assert.equal(finishReason('something_new', false), 'stop');
    assert.equal(finishReason(undefined, false), 'stop');
  });
});

describe('usageFromBedrock', () => {
  test('without cache fields: uncached is the whole input, cache fields unknown', () => {
    assert.deepEqual(usageFromBedrock({ inputTokens: 12, outputTokens: 3, totalTokens: 15 }), {
      inputTokens: 12,
      uncachedInputTokens: 12,
      cacheReadTokens: undefined,
      cacheWriteTokens: undefined,
      outputTokens: 3,
      totalTokens: 15,
    });
  });

  test('cache reads and writes are added to inputTokens, which Bedrock reports without them', () => {
    assert.deepEqual(usageFromBedrock({ inputTokens: 5, outputTokens: 7, totalTokens: 12, cacheReadInputTokens: 300, cacheWriteInputTokens: 40 }), {
      inputTokens: 345,
      uncachedInputTokens: 5,
      cacheReadTokens: 300,
      cacheWriteTokens: 40,
      outputTokens: 7,
      totalTokens: 352,
    });
  });

  test('missing counts stay undefined, never zero', () => {
    assert.deepEqual(usageFromBedrock({ outputTokens: 4, totalTokens: 9 }), {
      inputTokens: undefined,
      uncachedInputTokens: undefined,
      cacheReadTokens: undefined,
      cacheWriteTokens: undefined,
      outputTokens: 4,
      totalTokens: 9,
    });
    assert.equal(usageFromBedrock(null), undefined);
  });
});
