import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GridError } from '../../spec/grid-error.js';
import { collectStream } from '../../../test/support/providers/collect-stream.js';
import { AnthropicStream, type StreamSource } from './anthropic-stream.js';

const frame = (event: Record<string, unknown>) => `event: ${String(event.type)}\ndata: ${JSON.stringify(event)}\n\n`;

const start = (usage: Record<string, unknown> = { input_tokens: 10, output_tokens: 1 }) => ({
  type: 'message_start',
  message: { id: 'msg_s', type: 'message', role: 'assistant', model: 'claude-x', content: [], stop_reason: null, usage },
});
const toolStart = (index: number, id: string, name: string) => ({ type: 'content_block_start', index, content_block: { type: 'tool_use', id, name, input: {} } });
const json = (index: number, partial: string) => ({ type: 'content_block_delta', index, delta: { type: 'input_json_delta', partial_json: partial } });
const stop = (index: number) => ({ type: 'content_block_stop', index });
const end = (reason: string | null, usage: Record<string, unknown> = { output_tokens: 9 }) => [
  { type: 'message_delta', delta: { stop_reason: reason, stop_sequence: null }, usage },
  { type: 'message_stop' },
];

function source(parts: Array<string | Promise<string>>, state = { done: 0 }): StreamSource {
  async function* body() {
    for (const part of parts) yield new TextEncoder().encode(await part);
  }
  return { status: 200, body: body(), done: () => void state.done++, mapError: (error) => new GridError('upstream_unreachable', String(error)) };
}

const stream = (parts: Array<string | Promise<string>>, includeUsage = false, state?: { done: number }) =>
  new AnthropicStream(source(parts, state), { provider: 'anthropic', fallbackId: 'chatcmpl-req', model: 'upstream', includeUsage, warnings: ['w'] });

test('several tool_use blocks get OpenAI indexes in order; ids and names only on the first delta', async () => {
  const events = [start(), toolStart(0, 'toolu_a', 'first'), json(0, '{"q":'), json(0, '1}'), stop(0), toolStart(1, 'toolu_b', 'second'), json(1, '{}'), stop(1), ...end('tool_use')];
  const collected = await collectStream(stream([events.map(frame).join('')]));
  assert.deepEqual(collected.toolCalls, [
    { id: 'toolu_a', name: 'first', arguments: '{"q":1}' },
    { id: 'toolu_b', name: 'second', arguments: '{}' },
  ]);
  assert.equal(collected.finishReason, 'tool_calls');
  const deltas = collected.chunks.flatMap((chunk) => chunk.choices[0]?.delta?.tool_calls ?? []);
  assert.deepEqual(deltas.filter((delta: any) => delta.id).map((delta: any) => [delta.index, delta.function.name]), [[0, 'first'], [1, 'second']]);
  assert.ok(deltas.filter((delta: any) => !delta.id).every((delta: any) => delta.function.name === undefined));
  assert.equal(collected.chunks[0].choices[0].delta.role, 'assistant');
  assert.equal(collected.chunks[0].id, 'msg_s');
});

test('a tool call whose input never streamed still gets {} as arguments', async () => {
  const events = [start(), toolStart(0, 'toolu_a', 'no_args'), stop(0), ...end('tool_use')];
  const collected = await collectStream(stream([events.map(frame).join('')]));
  assert.deepEqual(collected.toolCalls, [{ id: 'toolu_a', name: 'no_args', arguments: '{}' }]);
});

test('usage: cumulative message_delta fields override message_start; a usage chunk only when asked', async () => {
  const events = [
    start({ input_tokens: 10, cache_read_input_tokens: 50, output_tokens: 1 }),
    { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
    { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'ok' } },
    stop(0),
    ...end('max_tokens', { output_tokens: 9, input_tokens: null, cache_creation_input_tokens: 4 }),
  ];
  const withUsage = stream([events.map(frame).join('')], true);
  const collected = await collectStream(withUsage);
  assert.equal(collected.finishReason, 'length');
  assert.deepEqual(withUsage.usage(), { inputTokens: 64, uncachedInputTokens: 10, cacheReadTokens: 50, cacheWriteTokens: 4, outputTokens: 9, reasoningTokens: undefined, totalTokens: 73 });
  const last = collected.chunks.at(-1);
  assert.deepEqual(last.choices, []);
  assert.deepEqual(last.usage, { prompt_tokens: 64, completion_tokens: 9, total_tokens: 73, prompt_tokens_details: { cached_tokens: 50 } });
  const without = await collectStream(stream([events.map(frame).join('')]));
  assert.ok(without.chunks.every((chunk) => chunk.choices.length === 1));
  assert.deepEqual(withUsage.warnings, ['w']);
});

test('an unknown stop reason reads as stop; pings and unknown events are skipped', async () => {
  const events = [start(), { type: 'ping' }, { type: 'content_block_start', index: 0, content_block: { type: 'thinking', thinking: '' } }, { type: 'content_block_delta', index: 0, delta: { type: 'thinking_delta', thinking: 'x' } }, { type: 'brand_new_event' }, ...end('novel_reason')];
  const collected = await collectStream(stream([events.map(frame).join('')]));
  assert.equal(collected.finishReason, 'stop');
  assert.equal(collected.content, '');
  assert.equal(collected.chunks.length, 2);
});

test('an error event mid-stream is thrown as the GridError its status would be', async () => {
  const state = { done: 0 };
  const overloaded = frame({ type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } });
  const failing = stream([frame(start()), overloaded], false, state);
  await assert.rejects(collectStream(failing), (error: unknown) => {
    assert.ok(error instanceof GridError);
    assert.equal(error.code, 'upstream_overloaded');
    assert.equal(error.upstreamStatus, 529);
    assert.equal(error.isRetryable, true);
    assert.match(error.message, /Overloaded/);
    return true;
  });
  assert.equal(state.done, 1);
  const invalid = frame({ type: 'error', error: { type: 'invalid_request_error', message: 'bad' } });
  await assert.rejects(collectStream(stream([invalid])), (error: unknown) => error instanceof GridError && error.code === 'upstream_bad_request');
});

test('a stream cut off before message_delta/message_stop is an invalid response, not a success', async () => {
  await assert.rejects(collectStream(stream([frame(start())])), (error: unknown) => error instanceof GridError && error.code === 'upstream_invalid_response');
  await assert.rejects(collectStream(stream(['data: {not json\n\n'])), (error: unknown) => error instanceof GridError && error.code === 'upstream_invalid_response');
});

test('chunks are yielded as events arrive, before the upstream has finished', async () => {
  let release!: (text: string) => void;
  const rest = new Promise<string>((resolve) => (release = resolve));
  const iterator = stream([frame(start()), rest])[Symbol.asyncIterator]();
  const first = await iterator.next();
  assert.equal(JSON.parse(first.value.data).choices[0].delta.role, 'assistant');
  release(end('end_turn').map(frame).join(''));
  const next = await iterator.next();
  assert.equal(JSON.parse(next.value.data).choices[0].finish_reason, 'stop');
  assert.equal((await iterator.next()).done, true);
});
