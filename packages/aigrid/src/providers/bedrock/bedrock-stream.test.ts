import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GridError } from '../../spec/grid-error.js';
import type { UpstreamResponse } from '../kit/upstream-client.js';
import { collectStream } from '../../../test/support/providers/collect-stream.js';
import { BedrockChatStream } from './bedrock-stream.js';
import { eventStream, type WireEvent } from './bedrock-wire-fixtures.js';

const identity = { id: 'chatcmpl-r1', model: 'm', created: 1700000000 };

function fakeResponse(parts: Uint8Array[]): UpstreamResponse & { finished: boolean } {
  const response = {
    status: 200,
    headers: {},
    finished: false,
    body: (async function* () {
      for (const part of parts) yield part;
    })() as unknown as UpstreamResponse['body'],
    done: () => {
      response.finished = true;
    },
    mapError: (error: unknown) => new GridError('upstream_unreachable', 'reset', { cause: error }),
  };
  return response;
}

function open(events: WireEvent[], includeUsage = false, split = 0) {
  const bytes = eventStream(events);
  const parts = split ? [bytes.subarray(0, split), bytes.subarray(split)] : [bytes];
  const response = fakeResponse(parts);
  return { response, stream: new BedrockChatStream(response, { provider: 'bedrock', identity, includeUsage, warnings: ['w'] }) };
}

const e = (type: string, payload: object): WireEvent => ({ type, payload });
const usage = { inputTokens: 20, outputTokens: 9, totalTokens: 29, cacheReadInputTokens: 4 };

/** Text, then two tool calls: Bedrock block indexes 0, 1, 2 become tool call indexes 0 and 1. */
const textThenTwoTools = [
  e('messageStart', { role: 'assistant' }),
  e('contentBlockDelta', { contentBlockIndex: 0, delta: { text: 'Let me check.' } }),
  e('contentBlockStop', { contentBlockIndex: 0 }),
  e('contentBlockStart', { contentBlockIndex: 1, start: { toolUse: { toolUseId: 'tooluse_1', name: 'get_weather' } } }),
  e('contentBlockDelta', { contentBlockIndex: 1, delta: { toolUse: { input: '{"city":' } } }),
  e('contentBlockDelta', { contentBlockIndex: 1, delta: { toolUse: { input: '"Oslo"}' } } }),
  e('contentBlockStop', { contentBlockIndex: 1 }),
  e('contentBlockStart', { contentBlockIndex: 2, start: { toolUse: { toolUseId: 'tooluse_2', name: 'get_time' } } }),
  e('contentBlockDelta', { contentBlockIndex: 2, delta: { toolUse: { input: '{}' } } }),
  e('contentBlockStop', { contentBlockIndex: 2 }),
  e('messageStop', { stopReason: 'tool_use' }),
  e('metadata', { usage, metrics: { latencyMs: 1 } }),
];

describe('BedrockChatStream', () => {
  test('text and two tool calls, with ids, names first and argument fragments after', async () => {
    const { stream, response } = open(textThenTwoTools, false, 57);
    assert.deepEqual(stream.warnings, ['w']);
    const collected = await collectStream(stream);
    assert.equal(collected.content, 'Let me check.');
    assert.deepEqual(collected.toolCalls, [
      { id: 'tooluse_1', name: 'get_weather', arguments: '{"city":"Oslo"}' },
      { id: 'tooluse_2', name: 'get_time', arguments: '{}' },
    ]);
    assert.equal(collected.finishReason, 'tool_calls');
    const first = collected.chunks.find((chunk) => chunk.choices[0]?.delta?.tool_calls)!;
    assert.deepEqual(first.choices[0].delta.tool_calls, [{ index: 0, id: 'tooluse_1', type: 'function', function: { name: 'get_weather', arguments: '' } }]);
    assert.ok(collected.chunks.every((chunk) => chunk.id === 'chatcmpl-r1' && chunk.object === 'chat.completion.chunk'));
    assert.deepEqual(collected.chunks[0].choices[0].delta, { role: 'assistant', content: '' });
    assert.equal(stream.usage()?.inputTokens, 24);
    assert.equal(stream.usage()?.cacheReadTokens, 4);
    assert.ok(response.finished, 'the response is released');
  });

  test('no usage chunk unless the client asked for one', async () => {
    const { stream } = open(textThenTwoTools);
    const collected = await collectStream(stream);
    assert.ok(collected.chunks.every((chunk) => chunk.choices.length === 1));
  });

  test('the usage chunk comes last when include_usage is set', async () => {
    const { stream } = open(textThenTwoTools, true);
    const { chunks } = await collectStream(stream);
    const last = chunks.at(-1);
    assert.deepEqual(last.choices, []);
    assert.deepEqual(last.usage, { prompt_tokens: 24, completion_tokens: 9, total_tokens: 33, prompt_tokens_details: { cached_tokens: 4 } });
    assert.equal(chunks.at(-2).choices[0].finish_reason, 'tool_calls');
  });

  test('finish reasons: max_tokens is length, guardrails are content_filter', async () => {
    for (const [stopReason, expected] of [['max_tokens', 'length'], ['guardrail_intervened', 'content_filter'], ['brand_new', 'stop']]) {
      const { stream } = open([e('messageStart', { role: 'assistant' }), e('contentBlockDelta', { contentBlockIndex: 0, delta: { text: 'a' } }), e('messageStop', { stopReason })]);
      assert.equal((await collectStream(stream)).finishReason, expected);
      assert.equal(stream.usage(), undefined);
    }
  });

  test('an exception inside the stream is thrown as a GridError after the chunks before it', async () => {
    const cases: Array<[string, string, number]> = [
      ['throttlingException', 'upstream_rate_limited', 429],
      ['modelStreamErrorException', 'upstream_error', 424],
      ['validationException', 'upstream_bad_request', 400],
      ['internalServerException', 'upstream_error', 500],
      ['serviceUnavailableException', 'upstream_overloaded', 503],
    ];
    for (const [type, code, status] of cases) {
      const { stream, response } = open([
        e('messageStart', { role: 'assistant' }),
        e('contentBlockDelta', { contentBlockIndex: 0, delta: { text: 'partial' } }),
        { type, payload: { message: `boom ${type}` }, exception: true },
      ]);
      const seen: string[] = [];
      await assert.rejects(
        (async () => {
          for await (const event of stream) seen.push(event.data);
        })(),
        (error: unknown) => {
          assert.ok(error instanceof GridError);
          assert.equal(error.code, code);
          assert.equal(error.upstreamStatus, status);
          assert.match(error.message, new RegExp(`boom ${type}`));
          return true;
        },
      );
      assert.equal(seen.length, 2);
      assert.ok(response.finished);
    }
  });

  test('a transport failure mid-stream is mapped by the client', async () => {
    const response = fakeResponse([]);
    response.body = (async function* () {
      yield eventStream([e('messageStart', { role: 'assistant' })]);
      throw new Error('socket hang up');
    })() as unknown as UpstreamResponse['body'];
    const stream = new BedrockChatStream(response, { provider: 'bedrock', identity, includeUsage: false, warnings: [] });
    assert.equal(stream.warnings, undefined);
    await assert.rejects(collectStream(stream), (error: unknown) => (error as GridError).code === 'upstream_unreachable');
  });
});
