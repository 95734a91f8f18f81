import type { ChatCompletionRequest, EmbeddingsRequest } from '../../../src/spec/openai-schemas.js';

/** A 1×1 transparent PNG. */
export const TINY_PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

const weatherTool = {
  type: 'function',
  function: {
    name: 'get_weather',
    description: 'Current weather for a city',
    parameters: { type: 'object', properties: { location: { type: 'string' } }, required: ['location'] },
  },
};

/** The OpenAI-shaped requests the conformance cases send, the same for every provider. */
export const conformanceRequests = {
  chat: (): ChatCompletionRequest => ({
    model: 'conformance',
    messages: [
      { role: 'system', content: 'You are terse.' },
      { role: 'user', content: 'Say hello.' },
    ],
    max_tokens: 100,
    temperature: 0.5,
    stop: ['END'],
  }),
  /** A second tool turn: history holds a call and its result, and the model calls again. */
  tools: (): ChatCompletionRequest => ({
    model: 'conformance',
    messages: [
      { role: 'user', content: 'Weather in Boston, then Paris?' },
      {
        role: 'assistant',
        content: null,
        tool_calls: [{ id: 'call_prev_1', type: 'function', function: { name: 'get_weather', arguments: '{"location":"Boston"}' } }],
      },
      { role: 'tool', tool_call_id: 'call_prev_1', content: '{"temp_c":21}' },
    ],
    tools: [weatherTool],
    tool_choice: 'auto',
    max_tokens: 200,
  }),
  images: (): ChatCompletionRequest => ({
    model: 'conformance',
    messages: [
      {
        role: 'user',
        content: [
          { type: 'text', text: 'What is in this image?' },
          { type: 'image_url', image_url: { url: `data:image/png;base64,${TINY_PNG_BASE64}` } },
        ],
      },
    ],
    max_tokens: 100,
  }),
  embeddings: (): EmbeddingsRequest => ({ model: 'conformance', input: ['first text', 'second text'] }),
};
