import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GridError } from '../../spec/grid-error.js';
import type { ChatCompletionRequest } from '../../spec/openai-schemas.js';
import { toGeminiRequest } from './gemini-request.js';

const call = (id: string, name: string, args: string, extra?: Record<string, unknown>) => ({ id, type: 'function', function: { name, arguments: args }, ...extra });

test('system and developer messages become one systemInstruction; roles map to user/model and merge', () => {
  const { body } = toGeminiRequest({
    model: 'm',
    messages: [
      { role: 'system', content: 'Be terse.' },
      { role: 'developer', content: [{ type: 'text', text: 'Use metric units.' }] },
      { role: 'user', content: 'Hi' },
      { role: 'user', content: [{ type: 'text', text: 'there' }] },
      { role: 'assistant', content: 'Hello.' },
      { role: 'assistant', content: '' },
      { role: 'user', content: 'Bye' },
    ],
  });
  assert.deepEqual(body.systemInstruction, { parts: [{ text: 'Be terse.' }, { text: 'Use metric units.' }] });
  assert.deepEqual(body.contents, [
    { role: 'user', parts: [{ text: 'Hi' }, { text: 'there' }] },
    { role: 'model', parts: [{ text: 'Hello.' }] },
    { role: 'user', parts: [{ text: 'Bye' }] },
  ]);
  assert.equal(body.generationConfig, undefined);
});

test('parallel tool calls: names come from the history, results go in call order, ids stay out of the wire', () => {
  const { body } = toGeminiRequest({
    model: 'm',
    messages: [
      { role: 'user', content: 'Weather in Boston and Paris?' },
      {
        role: 'assistant',
        content: 'Checking.',
        tool_calls: [
          call('call_a', 'get_weather', '{"location":"Boston"}', { extra_content: { google: { thought_signature: 'sig-1' } } }),
          call('call_b', 'get_time', ''),
        ],
      },
      { role: 'tool', tool_call_id: 'call_b', content: 'noon' },
      { role: 'tool', tool_call_id: 'call_a', content: [{ type: 'text', text: '[21, 22]' }] },
      { role: 'user', content: 'Thanks' },
    ],
  });
  assert.deepEqual(body.contents, [
    { role: 'user', parts: [{ text: 'Weather in Boston and Paris?' }] },
    {
      role: 'model',
      parts: [
        { text: 'Checking.' },
        { functionCall: { name: 'get_weather', args: { location: 'Boston' } }, thoughtSignature: 'sig-1' },
        { functionCall: { name: 'get_time', args: {} } },
      ],
    },
    {
      role: 'user',
      parts: [
        { functionResponse: { name: 'get_weather', response: { output: [21, 22] } } },
        { functionResponse: { name: 'get_time', response: { output: 'noon' } } },
        { text: 'Thanks' },
      ],
    },
  ]);
  assert.doesNotMatch(JSON.stringify(body), /call_a|call_b/);
});

test('a legacy function message is named by its name field', () => {
  const { body } = toGeminiRequest({
    model: 'm',
    messages: [
      { role: 'user', content: 'x' },
      { role: 'assistant', content: 'Looking.' },
      { role: 'function', name: 'lookup', content: '{"found":true}' },
    ],
  });
  assert.deepEqual(body.contents[2], { role: 'user', parts: [{ functionResponse: { name: 'lookup', response: { found: true } } }] });
});

test('a tool result for an unknown call and non-object arguments are client errors', () => {
  const orphan: ChatCompletionRequest = { model: 'm', messages: [{ role: 'tool', tool_call_id: 'call_x', content: '1' }] };
  assert.throws(() => toGeminiRequest(orphan), (error) => error instanceof GridError && error.code === 'invalid_request' && error.param === 'messages[0].tool_call_id');
  for (const args of ['{not json', '[1,2]']) {
    const bad: ChatCompletionRequest = { model: 'm', messages: [{ role: 'assistant', content: null, tool_calls: [call('c', 'f', args)] }] };
    assert.throws(() => toGeminiRequest(bad), (error) => error instanceof GridError && error.param === 'messages[0].tool_calls[0].function.arguments');
  }
});

test('tool_choice maps to functionCallingConfig modes', () => {
  const tools = [{ type: 'function', function: { name: 'f', parameters: { type: 'object', properties: { a: { type: 'string' } } } } }];
  const mode = (tool_choice: ChatCompletionRequest['tool_choice']) => toGeminiRequest({ model: 'm', messages: [{ role: 'user', content: 'x' }], tools, tool_choice }).body.toolConfig;
  assert.deepEqual(mode('none'), { functionCallingConfig: { mode: 'NONE' } });
  assert.deepEqual(mode('required'), { functionCallingConfig: { mode: 'ANY' } });
  assert.deepEqual(mode({ type: 'function', function: { name: 'f' } } as never), { functionCallingConfig: { mode: 'ANY', allowedFunctionNames: ['f'] } });
  assert.equal(mode(undefined), undefined);
});

test('tools: parameterless functions, unsupported tool types and schema keywords are handled with warnings', () => {
  const { body, warnings } = toGeminiRequest({
    model: 'm',
    messages: [{ role: 'user', content: 'x' }],
    tools: [
      { type: 'function', function: { name: 'now', parameters: { type: 'object', properties: {}, additionalProperties: false } } },
      { type: 'web_search' },
    ],
    parallel_tool_calls: false,
  });
  assert.deepEqual(body.tools, [{ functionDeclarations: [{ name: 'now' }] }]);
  assert.ok(warnings.some((warning) => /now.*additionalProperties/.test(warning)));
  assert.ok(warnings.some((warning) => /web_search/.test(warning)));
  assert.ok(warnings.some((warning) => /parallel_tool_calls/.test(warning)));
});

test('generation options map to generationConfig', () => {
  const { body, warnings } = toGeminiRequest({
    model: 'm',
    messages: [{ role: 'user', content: 'x' }],
    max_tokens: 50,
    max_completion_tokens: 80,
    top_p: 0.9,
    stop: 'END',
    n: 2,
    seed: 7,
    presence_penalty: 0.5,
    response_format: { type: 'json_schema', json_schema: { name: 's', schema: { type: 'object', additionalProperties: false } } },
    logprobs: true,
  });
  assert.deepEqual(body.generationConfig, {
    topP: 0.9,
    maxOutputTokens: 80,
    stopSequences: ['END'],
    candidateCount: 2,
    seed: 7,
    presencePenalty: 0.5,
    responseMimeType: 'application/json',
    responseJsonSchema: { type: 'object', additionalProperties: false },
  });
  assert.deepEqual(warnings, ["'logprobs' is not supported by the Gemini adapter and was ignored."]);
  const json = toGeminiRequest({ model: 'm', messages: [{ role: 'user', content: 'x' }], response_format: { type: 'json_object' } });
  assert.deepEqual(json.body.generationConfig, { responseMimeType: 'application/json' });
});

test('images: data URLs are inline, http URLs are file references, other schemes are dropped with a warning', () => {
  const { body, warnings } = toGeminiRequest({
    model: 'm',
    messages: [
      {
        role: 'user',
        content: [
          { type: 'image_url', image_url: { url: 'data:image/jpeg;base64,AAAA' } },
          { type: 'image_url', image_url: { url: 'https://example.com/cat.PNG?size=2' } },
          { type: 'image_url', image_url: { url: 'https://example.com/render' } },
          { type: 'image_url', image_url: { url: 'ftp://example.com/cat.png' } },
          { type: 'input_audio', input_audio: { data: 'BBBB', format: 'wav' } },
        ],
      },
    ],
  });
  assert.deepEqual(body.contents[0].parts, [
    { inlineData: { mimeType: 'image/jpeg', data: 'AAAA' } },
    { fileData: { fileUri: 'https://example.com/cat.PNG?size=2', mimeType: 'image/png' } },
    { fileData: { fileUri: 'https://example.com/render' } },
    { inlineData: { mimeType: 'audio/wav', data: 'BBBB' } },
  ]);
  assert.equal(warnings.length, 1);
});
