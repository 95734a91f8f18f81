import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ChatCompletionRequest } from '../spec/openai-schemas.js';
import { encodingForModel, SAMPLED_TEXT_THRESHOLD } from './token-count.js';
import {
  chatInputTokenBound,
  embeddingInputTokenBound,
  DEFAULT_MAX_OUTPUT_TOKENS,
  estimateChatInputTokens,
  estimateEmbeddingInputTokens,
  estimateTextTokens,
  IMAGE_TOKENS_DEFAULT,
  IMAGE_TOKENS_LOW,
  worstCaseOutputTokens,
} from './token-estimate.js';

// OpenAI cookbook, "How to count tokens with tiktoken", section 6: the API reported 124 prompt
// tokens for gpt-4o / gpt-4o-mini and 129 for gpt-4 / gpt-3.5-turbo.
const COOKBOOK_MESSAGES: ChatCompletionRequest['messages'] = [
  { role: 'system', content: 'You are a helpful, pattern-following assistant that translates corporate jargon into plain English.' },
  { role: 'system', name: 'example_user', content: 'New synergies will help drive top-line growth.' },
  { role: 'system', name: 'example_assistant', content: 'Things working well together will increase revenue.' },
  { role: 'system', name: 'example_user', content: "Let's circle back when we have more bandwidth to touch base on opportunities for increased leverage." },
  { role: 'system', name: 'example_assistant', content: "Let's talk later when we're less busy about how to do better." },
  { role: 'user', content: "This late pivot means we don't have time to boil the ocean for the client deliverable." },
];

// Section 7: with this tool the API reported 101 prompt tokens for gpt-4o and 105 for gpt-4.
const cookbookToolRequest = (model: string): ChatCompletionRequest => ({
  model,
  messages: [
    { role: 'system', content: 'You are a helpful assistant that can answer to questions about the weather.' },
    { role: 'user', content: "What's the weather like in San Francisco?" },
  ],
  tools: [
    {
      type: 'function',
      function: {
        name: 'get_current_weather',
        description: 'Get the current weather in a given location',
        parameters: {
          type: 'object',
          properties: {
            location: { type: 'string', description: 'The city and state, e.g. San Francisco, CA' },
            unit: { type: 'string', description: 'The unit of temperature to return', enum: ['celsius', 'fahrenheit'] },
          },
          required: ['location'],
        },
      },
    },
  ],
});

const chat = (model: string, extra: Partial<ChatCompletionRequest> = {}): ChatCompletionRequest => ({
  model,
  messages: [{ role: 'user', content: 'hi' }],
  ...extra,
});

describe('token estimates', () => {
  it('counts "hello world" as 2 tokens in both encodings', () => {
    assert.equal(estimateTextTokens('hello world'), 2);
    assert.equal(estimateTextTokens('hello world', 'gpt-4'), 2);
    assert.equal(estimateTextTokens(''), 0);
  });

  it('treats special-token markers in user text as plain text', () => {
    assert.ok(estimateTextTokens('<|endoftext|>') > 1);
  });

  it('picks cl100k for older OpenAI models and o200k for the rest', () => {
    for (const model of ['gpt-4', 'gpt-4-0613', 'gpt-4-turbo', 'gpt-3.5-turbo', 'gpt-35-turbo', 'openai/gpt-4', 'text-embedding-3-small']) {
      assert.equal(encodingForModel(model), 'cl100k_base', model);
    }
    for (const model of ['gpt-4o', 'gpt-4o-mini', 'gpt-4.1', 'o3-mini', 'gpt-5', 'claude-sonnet-4', undefined]) {
      assert.equal(encodingForModel(model), 'o200k_base', String(model));
    }
  });

  it("matches OpenAI's documented message counts", () => {
    assert.equal(estimateChatInputTokens({ model: 'gpt-4o', messages: COOKBOOK_MESSAGES }), 124);
    assert.equal(estimateChatInputTokens({ model: 'gpt-4o-mini', messages: COOKBOOK_MESSAGES }), 124);
    assert.equal(estimateChatInputTokens({ model: 'gpt-4-0613', messages: COOKBOOK_MESSAGES }), 129);
    assert.equal(estimateChatInputTokens({ model: 'gpt-3.5-turbo', messages: COOKBOOK_MESSAGES }), 129);
  });

  it("matches OpenAI's documented count with a tool definition", () => {
    assert.equal(estimateChatInputTokens(cookbookToolRequest('gpt-4o')), 101);
    assert.equal(estimateChatInputTokens(cookbookToolRequest('gpt-4')), 105);
  });

  it('counts images as a fixed tile estimate', () => {
    const base = estimateChatInputTokens(chat('gpt-4o', { messages: [{ role: 'user', content: [{ type: 'text', text: 'hi' }] }] }));
    const withImages = estimateChatInputTokens(
      chat('gpt-4o', {
        messages: [
          {
            role: 'user',
            content: [
              { type: 'text', text: 'hi' },
              { type: 'image_url', image_url: { url: 'https://example.com/a.png' } },
              { type: 'image_url', image_url: { url: 'https://example.com/b.png', detail: 'low' } },
            ],
          },
        ],
      }),
    );
    assert.equal(withImages - base, IMAGE_TOKENS_DEFAULT + IMAGE_TOKENS_LOW);
  });

  it('counts assistant tool calls and tool results', () => {
    const plain = estimateChatInputTokens(chat('gpt-4o'));
    const withCall = estimateChatInputTokens(
      chat('gpt-4o', {
        messages: [
          { role: 'user', content: 'hi' },
          { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'lookup', arguments: '{"q":"weather in Paris"}' } }] },
          { role: 'tool', tool_call_id: 'c1', content: 'sunny, 21 degrees' },
        ],
      }),
    );
    assert.ok(withCall - plain >= 20, `tool call and result added ${withCall - plain}`);
  });

  it('counts embedding inputs: strings encoded, token arrays counted', () => {
    assert.equal(estimateEmbeddingInputTokens({ model: 'text-embedding-3-small', input: 'hello world' }), 2);
    assert.equal(estimateEmbeddingInputTokens({ model: 'text-embedding-3-small', input: ['hello world', 'hello'] }), 3);
    assert.equal(estimateEmbeddingInputTokens({ model: 'text-embedding-3-small', input: [1, 2, 3] }), 3);
    assert.equal(estimateEmbeddingInputTokens({ model: 'text-embedding-3-small', input: [[1, 2], [3]] }), 3);
  });

  it('takes the worst-case output from the request, the model, or the default, times n', () => {
    assert.equal(worstCaseOutputTokens(chat('m', { max_completion_tokens: 100, max_tokens: 50 })), 100);
    assert.equal(worstCaseOutputTokens(chat('m', { max_tokens: 50, n: 3 })), 150);
    assert.equal(worstCaseOutputTokens(chat('m'), 16_384), 16_384);
    assert.equal(worstCaseOutputTokens(chat('m'), null), DEFAULT_MAX_OUTPUT_TOKENS);
  });

  it('estimates long texts from samples within a few percent, fast', (t) => {
    const text = longText(SAMPLED_TEXT_THRESHOLD * 30);
    const exact = estimateTextTokens(text.slice(0, SAMPLED_TEXT_THRESHOLD)) * 30;
    const started = performance.now();
    const sampled = estimateTextTokens(text);
    const elapsed = performance.now() - started;
    t.diagnostic(`~${Math.round(text.length / 1024)} KB sampled in ${elapsed.toFixed(2)} ms: ${sampled} tokens vs ~${exact}`);
    assert.ok(Math.abs(sampled - exact) / exact < 0.05, `${sampled} vs ${exact}`);
  });

  it('costs well under a millisecond per KB of prompt', (t) => {
    const kilobyte = longText(1_024);
    for (let warm = 0; warm < 200; warm += 1) estimateTextTokens(`${kilobyte}${warm}`);
    const rounds = 1_000;
    const started = performance.now();
    for (let round = 0; round < rounds; round += 1) estimateTextTokens(`${round} ${kilobyte}`);
    const perKb = ((performance.now() - started) * 1_000) / rounds;
    t.diagnostic(`estimateTextTokens: ${perKb.toFixed(1)} µs per 1 KB of varied English text (o200k_base)`);
    assert.ok(perKb < 1_000, `${perKb} µs per KB`);
  });
});

/** English-like text with numbers, so the tokenizer's merge cache does not make it look free. */
function longText(length: number): string {
  const words = 'the gateway meters every request and records the tokens it saw for each tenant key and model'.split(' ');
  let text = '';
  for (let index = 0; text.length < length; index += 1) text += `${words[index % words.length]} ${(index * 7_919) % 10_007} `;
  return text.slice(0, length);
}

// Texts unlike the cookbook's: other scripts, emoji sequences, runs BPE merges into few tokens,
// special-token markers, control characters and lone surrogates, drawn from a seeded generator.
const POOLS = [
  'the quick brown fox ', 'Straße ÄÖÜ ß ', 'ça coûte 12,50 € ', 'Привет, мир! ', '東京都渋谷区 ', '안녕하세요 ',
  'مرحبا بالعالم ', 'नमस्ते ', '👩‍👩‍👧‍👦🏳️‍🌈 ', '<|endoftext|><|im_start|>', '\t\r\n\u0000\u00a0', '\ud800x\udfff',
  '{"a":[1,2,3],"b":null}', '0123456789', '=====', '    ', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
];

function seededText(seed: number, parts: number): string {
  let state = seed;
  let text = '';
  for (let i = 0; i < parts; i += 1) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    text += POOLS[state % POOLS.length]!.repeat(1 + (state % 7));
  }
  return text;
}

describe('token bounds without a tokenizer', () => {
  it('are never below the count, in either encoding, for chat with names, tools and images', () => {
    for (let seed = 1; seed <= 60; seed += 1) {
      for (const model of ['gpt-4o-mini', 'gpt-4', 'claude-sonnet-4']) {
        const request: ChatCompletionRequest = {
          ...cookbookToolRequest(model),
          messages: [
            { role: 'system', content: seededText(seed, 5) },
            { role: 'user', name: 'ana', content: [{ type: 'text', text: seededText(seed * 7, 12) }, { type: 'image_url', image_url: { url: 'https://example.com/x.png' } }] },
            { role: 'assistant', content: null, tool_calls: [{ id: 'c', type: 'function', function: { name: 'f', arguments: seededText(seed * 13, 3) } }] },
          ],
        };
        const bound = chatInputTokenBound(request);
        const count = estimateChatInputTokens(request);
        assert.ok(bound >= count, `seed ${seed} ${model}: bound ${bound} < count ${count}`);
      }
    }
  });

  it('are never below the count for embeddings; token ids count one each in both', () => {
    for (let seed = 1; seed <= 60; seed += 1) {
      const request = { model: 'text-embedding-3-small', input: [seededText(seed, 8), seededText(seed + 99, 2)] };
      assert.ok(embeddingInputTokenBound(request) >= estimateEmbeddingInputTokens(request), `seed ${seed}`);
    }
    const ids = { model: 'text-embedding-3-small', input: [[1, 2], [3]] };
    assert.equal(embeddingInputTokenBound(ids), estimateEmbeddingInputTokens(ids));
  });
});
