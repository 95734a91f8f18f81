import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GridError } from '../../spec/grid-error.js';
import type { ChatCompletionRequest } from '../../spec/openai-schemas.js';
import { translateMessages } from './anthropic-messages.js';

type Messages = ChatCompletionRequest['messages'];

const call = (id: string, name: string, args: string) => ({ id, type: 'function', function: { name, arguments: args } });

function rejects(messages: Messages, param: string) {
  assert.throws(
    () => translateMessages(messages),
    (error: unknown) => error instanceof GridError && error.code === 'invalid_request' && error.status === 400 && error.param === param,
  );
}

test('system and developer messages go to the top-level system, wherever they stand', () => {
  const translated = translateMessages([
    { role: 'system', content: 'Be terse.' },
    { role: 'user', content: 'Hi' },
    { role: 'developer', content: [{ type: 'text', text: 'Answer in French.' }] },
  ]);
  assert.deepEqual(translated.system, [
    { type: 'text', text: 'Be terse.' },
    { type: 'text', text: 'Answer in French.' },
  ]);
  assert.deepEqual(translated.messages, [{ role: 'user', content: 'Hi' }]);
});

test('consecutive same-role messages are merged so roles alternate', () => {
  const translated = translateMessages([
    { role: 'user', content: 'one' },
    { role: 'user', content: 'two' },
    { role: 'assistant', content: 'three' },
    { role: 'assistant', content: [{ type: 'text', text: 'four' }] },
  ]);
  assert.deepEqual(translated.messages, [
    { role: 'user', content: [{ type: 'text', text: 'one' }, { type: 'text', text: 'two' }] },
    { role: 'assistant', content: [{ type: 'text', text: 'three' }, { type: 'text', text: 'four' }] },
  ]);
});

test('parallel tool calls and their results keep their ids, results first in the user turn', () => {
  const translated = translateMessages([
    { role: 'user', content: 'Weather in Boston and Paris?' },
    { role: 'assistant', content: 'Checking both.', tool_calls: [call('call_a', 'get_weather', '{"city":"Boston"}'), call('call_b', 'get_weather', '{"city":"Paris"}')] },
    { role: 'tool', tool_call_id: 'call_a', content: '21' },
    { role: 'tool', tool_call_id: 'call_b', content: [{ type: 'text', text: '18' }] },
    { role: 'user', content: 'And tomorrow?' },
  ]);
  assert.deepEqual(translated.messages.slice(1), [
    {
      role: 'assistant',
      content: [
        { type: 'text', text: 'Checking both.' },
        { type: 'tool_use', id: 'call_a', name: 'get_weather', input: { city: 'Boston' } },
        { type: 'tool_use', id: 'call_b', name: 'get_weather', input: { city: 'Paris' } },
      ],
    },
    {
      role: 'user',
      content: [
        { type: 'tool_result', tool_use_id: 'call_a', content: '21' },
        { type: 'tool_result', tool_use_id: 'call_b', content: [{ type: 'text', text: '18' }] },
        { type: 'text', text: 'And tomorrow?' },
      ],
    },
  ]);
});

test('tool results are moved before text that precedes them in a merged user turn', () => {
  const translated = translateMessages([
    { role: 'assistant', content: null, tool_calls: [call('call_a', 'f', '{}')] },
    { role: 'user', content: 'note' },
    { role: 'tool', tool_call_id: 'call_a', content: '' },
  ]);
  assert.deepEqual(translated.messages[1].content, [{ type: 'tool_result', tool_use_id: 'call_a' }, { type: 'text', text: 'note' }]);
});

test('empty arguments read as {}, invalid or non-object arguments are a 400 naming the field', () => {
  const translated = translateMessages([{ role: 'assistant', content: '', tool_calls: [call('c', 'f', '')] }]);
  assert.deepEqual(translated.messages[0].content, [{ type: 'tool_use', id: 'c', name: 'f', input: {} }]);
  rejects([{ role: 'user', content: 'x' }, { role: 'assistant', tool_calls: [call('c', 'f', '{"a":')] }], 'messages[1].tool_calls[0].function.arguments');
  rejects([{ role: 'assistant', tool_calls: [call('c', 'f', '[1,2]')] }], 'messages[0].tool_calls[0].function.arguments');
});

test('requests Anthropic cannot express are 400s', () => {
  rejects([{ role: 'tool', content: 'x' }], 'messages[0].tool_call_id');
  rejects([{ role: 'function', name: 'f', content: 'x' }], 'messages[0].role');
  rejects([{ role: 'system', content: 'only a system prompt' }], 'messages');
  rejects([{ role: 'user', content: [{ type: 'input_audio', input_audio: { data: 'AAA', format: 'wav' } }] }], 'messages[0].content[0].type');
  rejects([{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'ftp://x/y.png' } }] }], 'messages[0].content[0].image_url.url');
  rejects([{ role: 'system', content: [{ type: 'image_url', image_url: { url: 'https://x/y.png' } }] }, { role: 'user', content: 'x' }], 'messages[0].content');
});

test('empty assistant turns are left out; images, documents and cache_control are translated', () => {
  const translated = translateMessages([
    { role: 'assistant', content: '' },
    {
      role: 'user',
      content: [
        { type: 'text', text: 'long context', cache_control: { type: 'ephemeral' } },
        { type: 'image_url', image_url: { url: 'https://example.com/cat.jpg' } },
        { type: 'file', file: { filename: 'a.pdf', file_data: 'data:application/pdf;base64,JVBERi0=' } },
        { type: 'text', text: '' },
      ],
    },
  ]);
  assert.deepEqual(translated.messages, [
    {
      role: 'user',
      content: [
        { type: 'text', text: 'long context', cache_control: { type: 'ephemeral' } },
        { type: 'image', source: { type: 'url', url: 'https://example.com/cat.jpg' } },
        { type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: 'JVBERi0=' }, title: 'a.pdf' },
      ],
    },
  ]);
});
