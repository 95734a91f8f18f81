import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GridError } from '../../spec/grid-error.js';
import type { UpstreamResponse } from '../kit/upstream-client.js';
import { collectStream } from '../../../test/support/providers/collect-stream.js';
import { GeminiStream } from './gemini-stream.js';

/** A stand-in for the upstream response: its body yields the given SSE text pieces. */
function upstream(pieces: string[]): UpstreamResponse & { finished: boolean } {
  const response = {
    status: 200,
    headers: {},
    finished: false,
    body: (async function* () {
      for (const piece of pieces) yield Buffer.from(piece);
    })() as unknown as UpstreamResponse['body'],
    done: () => {
      response.finished = true;
    },
    mapError: (error: unknown) => new GridError('upstream_unreachable', String(error)),
  };
  return response;
}

const event = (value: unknown) => `data: ${JSON.stringify(value)}\r\n\r\n`;
const text = (value: string, extra: Record<string, unknown> = {}) => ({ candidates: [{ content: { role: 'model', parts: [{ text: value }] }, ...extra }] });

test('text streams chunk by chunk, usage comes from the last event and is sent only when asked', async () => {
  for (const includeUsage of [false, true]) {
    const response = upstream([
      event({ ...text('Hel'), responseId: 'abc', modelVersion: 'gemini-2.0-flash', usageMetadata: { promptTokenCount: 4, totalTokenCount: 4 } }),
      event(text('lo', { finishReason: 'STOP' })).slice(0, 10),
      event(text('lo', { finishReason: 'STOP' })).slice(10),
      event({ candidates: [], usageMetadata: { promptTokenCount: 4, candidatesTokenCount: 2, totalTokenCount: 6 } }),
    ]);
    const stream = new GeminiStream(response, { provider: 'gemini', model: 'gemini-2.0-flash', includeUsage });
    const collected = await collectStream(stream);
    assert.equal(collected.content, 'Hello');
    assert.equal(collected.finishReason, 'stop');
    assert.equal(collected.chunks[0].choices[0].delta.role, 'assistant');
    assert.ok(collected.chunks.every((chunk) => chunk.id === 'chatcmpl-abc' && chunk.object === 'chat.completion.chunk'));
    assert.deepEqual(stream.usage(), { inputTokens: 4, uncachedInputTokens: 4, cacheReadTokens: undefined, cacheWriteTokens: undefined, outputTokens: 2, reasoningTokens: undefined, totalTokens: 6 });
    const last = collected.chunks.at(-1);
    if (includeUsage) assert.deepEqual(last, { ...last, choices: [], usage: { prompt_tokens: 4, completion_tokens: 2, total_tokens: 6 } });
    else assert.notEqual(last.choices.length, 0);
    assert.ok(response.finished);
  }
});

test('function calls in separate events get consecutive indexes and finish as tool_calls', async () => {
  const call = (name: string, extra: Record<string, unknown> = {}) => ({ candidates: [{ content: { role: 'model', parts: [{ functionCall: { name, args: { q: name } } }] }, ...extra }] });
  const stream = new GeminiStream(upstream([event(call('a')), event(call('b', { finishReason: 'STOP' }))]), { provider: 'gemini', model: 'm', includeUsage: false });
  const collected = await collectStream(stream);
  assert.deepEqual(collected.toolCalls.map((entry) => [entry.name, JSON.parse(entry.arguments)]), [
    ['a', { q: 'a' }],
    ['b', { q: 'b' }],
  ]);
  assert.notEqual(collected.toolCalls[0].id, collected.toolCalls[1].id);
  assert.deepEqual(collected.chunks.map((chunk) => chunk.choices[0].delta.tool_calls[0].index), [0, 1]);
  assert.equal(collected.finishReason, 'tool_calls');
  assert.equal(stream.usage(), undefined, 'no usage reported');
});

test('an unknown finish reason ends as stop and keeps the raw reason', async () => {
  const stream = new GeminiStream(upstream([event(text('x', { finishReason: 'LANGUAGE' }))]), { provider: 'gemini', model: 'm', includeUsage: false });
  const collected = await collectStream(stream);
  assert.equal(collected.finishReason, 'stop');
  assert.equal(collected.chunks[0].choices[0].native_finish_reason, 'LANGUAGE');
});

test('a blocked prompt streams one content_filter chunk', async () => {
  const stream = new GeminiStream(upstream([event({ promptFeedback: { blockReason: 'SAFETY' } })]), { provider: 'gemini', model: 'm', includeUsage: false });
  const collected = await collectStream(stream);
  assert.equal(collected.finishReason, 'content_filter');
  assert.equal(collected.content, '');
});

test('an error event mid-stream is thrown as a GridError after the chunks before it', async () => {
  const response = upstream([event(text('partial')), event({ error: { code: 503, message: 'The model is overloaded. Please try again later.', status: 'UNAVAILABLE' } })]);
  const stream = new GeminiStream(response, { provider: 'gemini', model: 'm', includeUsage: false });
  const seen: string[] = [];
  await assert.rejects(
    (async () => {
      for await (const chunk of stream) seen.push(chunk.data);
    })(),
    (error) => error instanceof GridError && error.code === 'upstream_overloaded' && /overloaded/.test(error.message),
  );
  assert.equal(seen.length, 1);
  assert.ok(response.finished);
});

test('an event that is not JSON is an invalid upstream response', async () => {
  const stream = new GeminiStream(upstream(['data: {oops\r\n\r\n']), { provider: 'gemini', model: 'm', includeUsage: false });
  await assert.rejects(collectStream(stream), (error) => error instanceof GridError && error.code === 'upstream_invalid_response');
});
