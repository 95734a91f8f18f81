import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GridError } from '../../spec/grid-error.js';
import type { ChatCompletionRequest } from '../../spec/openai-schemas.js';
import { EMPTY_TOOL_RESULT } from './bedrock-messages.js';
import { toConverseRequest } from './bedrock-request.js';

const weather = { type: 'function', function: { name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string' } } } } };
const call = (id: string, args = '{"city":"Oslo"}') => ({ id, type: 'function', function: { name: 'get_weather', arguments: args } });
const request = (fields: Partial<ChatCompletionRequest>): ChatCompletionRequest => ({ model: 'm', messages: [{ role: 'user', content: 'Hi' }], ...fields });

const rejects = (fields: Partial<ChatCompletionRequest>, param: string) =>
  assert.throws(() => toConverseRequest(request(fields)), (error: unknown) => error instanceof GridError && error.code === 'invalid_request' && error.param === param);

describe('toConverseRequest: messages', () => {
  test('system and developer messages become system blocks, in order', () => {
    const { body } = toConverseRequest(
      request({
        messages: [
          { role: 'system', content: 'Be brief.' },
          { role: 'developer', content: [{ type: 'text', text: 'Use metric units.' }] },
          { role: 'user', content: 'Hi' },
        ],
      }),
    );
    assert.deepEqual(body.system, [{ text: 'Be brief.' }, { text: 'Use metric units.' }]);
    assert.deepEqual(body.messages, [{ role: 'user', content: [{ text: 'Hi' }] }]);
  });

  test('parallel tool results and a following user message merge into one user turn, ids intact', () => {
    const { body } = toConverseRequest(
      request({
        messages: [
          { role: 'user', content: 'Oslo and Rome?' },
          { role: 'assistant', content: 'Checking.', tool_calls: [call('call_a'), call('call_b', '{"city":"Rome"}')] },
          { role: 'tool', tool_call_id: 'call_a', content: '{"temp":3}' },
          { role: 'tool', tool_call_id: 'call_b', content: [{ type: 'text', text: 'sunny' }] },
          { role: 'user', content: 'Thanks' },
        ],
        tools: [weather],
      }),
    );
    assert.equal(body.messages.length, 3);
    assert.deepEqual(body.messages[1], {
      role: 'assistant',
      content: [
        { text: 'Checking.' },
        { toolUse: { toolUseId: 'call_a', name: 'get_weather', input: { city: 'Oslo' } } },
        { toolUse: { toolUseId: 'call_b', name: 'get_weather', input: { city: 'Rome' } } },
      ],
    });
    assert.deepEqual(body.messages[2], {
      role: 'user',
      content: [
        { toolResult: { toolUseId: 'call_a', content: [{ text: '{"temp":3}' }] } },
        { toolResult: { toolUseId: 'call_b', content: [{ text: 'sunny' }] } },
        { text: 'Thanks' },
      ],
    });
  });

  test('empty text is left out and empty arguments are an empty input', () => {
    const { body } = toConverseRequest(
      request({ messages: [{ role: 'user', content: 'Go' }, { role: 'assistant', content: '', tool_calls: [call('call_1', '')] }], tools: [weather] }),
    );
    assert.deepEqual(body.messages[1].content, [{ toolUse: { toolUseId: 'call_1', name: 'get_weather', input: {} } }]);
  });

  test('an empty tool output gets a placeholder; an empty message is left out and its neighbours merge', () => {
    const { body } = toConverseRequest(
      request({
        messages: [
          { role: 'user', content: 'One' },
          { role: 'assistant', content: '' },
          { role: 'user', content: 'Two' },
          { role: 'assistant', tool_calls: [call('c1')] },
          { role: 'tool', tool_call_id: 'c1', content: '' },
        ],
        tools: [weather],
      }),
    );
    assert.deepEqual(body.messages[0], { role: 'user', content: [{ text: 'One' }, { text: 'Two' }] });
    assert.deepEqual(body.messages[2], { role: 'user', content: [{ toolResult: { toolUseId: 'c1', content: [{ text: EMPTY_TOOL_RESULT }] } }] });
  });

  test('images: data URLs become bytes, jpg is jpeg, http URLs are refused', () => {
    const image = (url: string) => request({ messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url } }] }] });
    const { body } = toConverseRequest(image('data:image/jpg;base64,/9j/4AAQ'));
    assert.deepEqual(body.messages[0].content, [{ image: { format: 'jpeg', source: { bytes: '/9j/4AAQ' } } }]);
    assert.throws(() => toConverseRequest(image('https://example.com/cat.png')), (error: unknown) => (error as GridError).param === 'messages[0].content[0]');
    assert.throws(() => toConverseRequest(image('data:image/tiff;base64,AAAA')), GridError);
  });

  test('bad input is a 400 naming the field', () => {
    rejects({ messages: [{ role: 'assistant', content: null, tool_calls: [call('c', '{nope')] }] }, 'messages[0].tool_calls[0].function.arguments');
    rejects({ messages: [{ role: 'tool', content: 'x' }] }, 'messages[0].tool_call_id');
    rejects({ messages: [{ role: 'function', name: 'f', content: 'x' }] }, 'messages[0].role');
    rejects({ messages: [{ role: 'user', content: [{ type: 'input_audio' }] }] }, 'messages[0].content[0]');
  });
});

describe('toConverseRequest: options and tools', () => {
  test('inference options map to inferenceConfig; max_completion_tokens wins', () => {
    const { body, warnings } = toConverseRequest(request({ max_tokens: 10, max_completion_tokens: 20, temperature: 0, top_p: 0.9, stop: 'END' }));
    assert.deepEqual(body.inferenceConfig, { maxTokens: 20, temperature: 0, topP: 0.9, stopSequences: ['END'] });
    assert.deepEqual(warnings, []);
    assert.equal(toConverseRequest(request({})).body.inferenceConfig, undefined);
  });

  test('options Converse lacks are dropped with warnings', () => {
    const { body, warnings } = toConverseRequest(
      request({ n: 2, seed: 1, presence_penalty: 0.5, logprobs: true, response_format: { type: 'json_object' }, parallel_tool_calls: false }),
    );
    assert.equal(warnings.length, 6);
    assert.ok(warnings.some((warning) => warning.includes("'n'")));
    assert.equal(Object.keys(body).join(), 'messages');
  });

  test('tool definitions and every tool_choice form', () => {
    const choice = (tool_choice: ChatCompletionRequest['tool_choice']) => toConverseRequest(request({ tools: [weather], tool_choice })).body.toolConfig?.toolChoice;
    assert.deepEqual(choice(undefined), { auto: {} });
    assert.deepEqual(choice('required'), { any: {} });
    assert.deepEqual(choice({ type: 'function', function: { name: 'get_weather' } }), { tool: { name: 'get_weather' } });
    const { body } = toConverseRequest(request({ tools: [{ type: 'function', function: { name: 'now', description: 'Time' } }] }));
    assert.deepEqual(body.toolConfig?.tools, [{ toolSpec: { name: 'now', description: 'Time', inputSchema: { json: { type: 'object', properties: {} } } } }]);
  });

  test("tool_choice 'none' drops the tools, or warns when the history needs them", () => {
    const plain = toConverseRequest(request({ tools: [weather], tool_choice: 'none' }));
    assert.equal(plain.body.toolConfig, undefined);
    assert.deepEqual(plain.warnings, []);
    const withHistory = toConverseRequest(
      request({
        messages: [{ role: 'user', content: 'Go' }, { role: 'assistant', tool_calls: [call('c1')] }, { role: 'tool', tool_call_id: 'c1', content: 'ok' }],
        tools: [weather],
        tool_choice: 'none',
      }),
    );
    assert.deepEqual(withHistory.body.toolConfig, { tools: [{ toolSpec: { name: 'get_weather', description: undefined, inputSchema: { json: weather.function.parameters } } }] });
    assert.equal(withHistory.warnings.length, 1);
  });

  test('a tool history without tool definitions declares the history tools, since Converse requires them', () => {
    const { body, warnings } = toConverseRequest(
      request({ messages: [{ role: 'user', content: 'Go' }, { role: 'assistant', tool_calls: [call('c1'), call('c2')] }, { role: 'tool', tool_call_id: 'c1', content: 'ok' }] }),
    );
    assert.deepEqual(body.toolConfig, { tools: [{ toolSpec: { name: 'get_weather', inputSchema: { json: { type: 'object' } } } }] });
    assert.equal(warnings.length, 1);
  });

  test('non-function tools are dropped with a warning', () => {
    const { body, warnings } = toConverseRequest(request({ tools: [{ type: 'web_search' }] }));
    assert.equal(body.toolConfig, undefined);
    assert.equal(warnings.length, 1);
  });
});
