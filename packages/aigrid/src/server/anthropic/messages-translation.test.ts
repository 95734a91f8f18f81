import { test } from 'node:test';
import assert from 'node:assert/strict';
import { messagesToOpenAI } from './messages-to-openai.js';
import { anthropicUsage, openAIToMessages, stopReason } from './openai-to-messages.js';

test('system blocks, images, tool errors and warnings translate', () => {
  const { request, warnings } = messagesToOpenAI({
    model: 'm',
    max_tokens: 10,
    system: [{ type: 'text', text: 'one' }, { type: 'text', text: 'two' }],
    top_k: 5,
    messages: [
      {
        role: 'user',
        content: [
          { type: 'text', text: 'look' },
          { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'AAAA' } },
        ],
      },
      { role: 'assistant', content: [{ type: 'text', text: 'calling' }, { type: 'tool_use', id: 't1', name: 'f', input: { a: 1 } }] },
      { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't1', is_error: true, content: [{ type: 'text', text: 'boom' }] }] },
    ],
  });
  assert.deepEqual(request.messages[0], { role: 'system', content: 'one\ntwo' });
  assert.deepEqual(request.messages[1].content, [
    { type: 'text', text: 'look' },
    { type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA' } },
  ]);
  assert.equal(request.messages[2].content, 'calling');
  assert.equal(request.messages[2].tool_calls?.[0].function.arguments, '{"a":1}');
  assert.deepEqual(request.messages[3], { role: 'tool', tool_call_id: 't1', content: 'Error: boom' });
  assert.equal(request.messages.length, 4, 'a user turn of only tool results adds no empty user message');
  assert.match(warnings.join(), /top_k/);
});

test('tool_choice variants', () => {
  const base = { model: 'm', max_tokens: 5, messages: [{ role: 'user' as const, content: 'x' }], tools: [{ name: 'f', input_schema: {} }] };
  assert.equal(messagesToOpenAI({ ...base, tool_choice: { type: 'auto' } }).request.tool_choice, 'auto');
  assert.equal(messagesToOpenAI({ ...base, tool_choice: { type: 'none' } }).request.tool_choice, 'none');
  assert.deepEqual(messagesToOpenAI({ ...base, tool_choice: { type: 'tool', name: 'f' } }).request.tool_choice, { type: 'function', function: { name: 'f' } });
  assert.equal(messagesToOpenAI({ ...base, tool_choice: { type: 'any', disable_parallel_tool_use: true } }).request.parallel_tool_calls, false);
});

test('responses: stop reasons, invalid tool JSON and usage', () => {
  assert.equal(stopReason('length'), 'max_tokens');
  assert.equal(stopReason('tool_calls'), 'tool_use');
  assert.equal(stopReason('content_filter'), 'refusal');
  assert.equal(stopReason(null), 'end_turn');
  const message = openAIToMessages(
    { id: 'chatcmpl-1', choices: [{ finish_reason: 'tool_calls', message: { content: '', tool_calls: [{ id: 'c1', function: { name: 'f', arguments: '{bad' } }] } }] },
    'm',
    { inputTokens: 100, uncachedInputTokens: 40, cacheReadTokens: 60, outputTokens: 5 },
  );
  assert.deepEqual(message.content, [{ type: 'tool_use', id: 'c1', name: 'f', input: { _raw: '{bad' } }]);
  assert.equal(message.id, 'msg_chatcmpl1');
  assert.deepEqual(message.usage, { input_tokens: 40, output_tokens: 5, cache_read_input_tokens: 60 });
  assert.deepEqual(anthropicUsage(undefined), { input_tokens: 0, output_tokens: 0 });
});
