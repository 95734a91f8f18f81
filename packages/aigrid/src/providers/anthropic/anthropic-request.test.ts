import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GridError } from '../../spec/grid-error.js';
import type { ChatCompletionRequest } from '../../spec/openai-schemas.js';
import { buildAnthropicRequest, defaultMaxTokens } from './anthropic-request.js';

const tool = { type: 'function', function: { name: 'lookup', parameters: { type: 'object', properties: {} } } };
const base = (extra: Partial<ChatCompletionRequest> = {}): ChatCompletionRequest => ({
  model: 'public-name',
  messages: [{ role: 'user', content: 'hi' }],
  max_tokens: 50,
  ...extra,
});
const build = (extra: Partial<ChatCompletionRequest> = {}, model = 'claude-sonnet-4-5') => buildAnthropicRequest(base(extra), model, false);

test('max_tokens: max_completion_tokens wins, a missing one is defaulted per family with a warning', () => {
  assert.equal(build({ max_tokens: 50, max_completion_tokens: 70 }).body.max_tokens, 70);
  const defaulted = build({ max_tokens: undefined });
  assert.equal(defaulted.body.max_tokens, 8192);
  assert.match(defaulted.warnings.join(), /max_tokens .*8192/);
  assert.equal(defaultMaxTokens('claude-3-haiku-20240307'), 4096);
  assert.equal(defaultMaxTokens('claude-3-5-haiku-latest'), 8192);
  assert.equal(defaultMaxTokens('my-proxy-model'), 4096);
});

test('tool_choice maps to auto / none / any / tool, with disable_parallel_tool_use', () => {
  const choice = (tool_choice: ChatCompletionRequest['tool_choice'], parallel?: boolean) =>
    build({ tools: [tool], tool_choice, parallel_tool_calls: parallel }).body.tool_choice;
  assert.deepEqual(choice('auto'), { type: 'auto' });
  assert.deepEqual(choice('none'), { type: 'none' });
  assert.deepEqual(choice('required'), { type: 'any' });
  assert.deepEqual(choice({ type: 'function', function: { name: 'lookup' } }), { type: 'tool', name: 'lookup' });
  assert.deepEqual(choice(undefined), undefined);
  assert.deepEqual(choice(undefined, false), { type: 'auto', disable_parallel_tool_use: true });
  assert.deepEqual(choice('required', false), { type: 'any', disable_parallel_tool_use: true });
  assert.deepEqual(choice('none', false), { type: 'none' });
  assert.throws(() => choice('sometimes'), (error: unknown) => error instanceof GridError && error.param === 'tool_choice');
});

test('tools become name/description/input_schema; other tool types are dropped with a warning', () => {
  const built = build({ tools: [tool, { type: 'custom', custom: { name: 'x' } } as never, { type: 'function', function: { name: 'bare', description: 'd', strict: true } }] });
  assert.deepEqual(built.body.tools, [
    { name: 'lookup', input_schema: { type: 'object', properties: {} } },
    { name: 'bare', description: 'd', input_schema: { type: 'object', properties: {} }, strict: true },
  ]);
  assert.match(built.warnings.join(), /'custom'/);
  assert.equal(build({ tool_choice: 'none' }).body.tool_choice, undefined);
  assert.throws(() => build({ tool_choice: 'required' }), GridError);
});

test('sampling options, stop, user and top_k are translated', () => {
  const { body, warnings } = build({ temperature: 1.5, top_p: 0.9, stop: 'END', user: 'u-1', top_k: 5 } as Partial<ChatCompletionRequest>);
  assert.equal(body.temperature, 1);
  assert.match(warnings.join(), /temperature 1.5/);
  assert.equal(body.top_p, 0.9);
  assert.equal(body.top_k, 5);
  assert.deepEqual(body.stop_sequences, ['END']);
  assert.deepEqual(body.metadata, { user_id: 'u-1' });
  assert.equal(build({ stop: null }).body.stop_sequences, undefined);
});

test('options Anthropic lacks are dropped with one warning each, not errors', () => {
  const { body, warnings } = build({ n: 3, seed: 7, presence_penalty: 0.5, logprobs: true, metadata: { a: 'b' }, response_format: { type: 'json_object' } });
  for (const name of ['n=3', 'seed', 'presence_penalty', 'logprobs', 'metadata', 'json_object']) assert.match(warnings.join('\n'), new RegExp(name));
  assert.equal(warnings.length, 6);
  assert.equal('seed' in body || 'n' in body || 'response_format' in body, false);
  assert.deepEqual(build({ n: 1, logprobs: false }).warnings, []);
});

test('json_schema response formats use structured outputs', () => {
  const schema = { type: 'object', properties: { answer: { type: 'number' } }, required: ['answer'], additionalProperties: false };
  const { body, warnings } = build({ response_format: { type: 'json_schema', json_schema: { name: 'answer', schema, strict: true } } });
  assert.deepEqual(body.output_config, { format: { type: 'json_schema', schema } });
  assert.deepEqual(warnings, []);
});

test('streaming requests set stream: true and keep the upstream model', () => {
  const { body } = buildAnthropicRequest(base(), 'claude-opus-4-1', true);
  assert.equal(body.stream, true);
  assert.equal(body.model, 'claude-opus-4-1');
});
