import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import { startHarness, type Harness } from './support/gateway-harness.js';
import { startMockAnthropic, type AnthropicMock } from './support/mock-anthropic.js';

let anthropic: AnthropicMock;
let harness: Harness;
let client: OpenAI;

before(async () => {
  anthropic = await startMockAnthropic();
  harness = await startHarness({
    extraConfig: `
provider "claude" {
  type     = "anthropic"
  base_url = "${anthropic.url}"
  api_key  = "sk-ant-test"
}
model "claude-test" {
  provider       = "claude"
  upstream_model = "claude-sonnet-4-5"
}`,
  });
  client = new OpenAI({ apiKey: harness.key, baseURL: `${harness.gateway.url}/v1`, maxRetries: 0 });
});
after(async () => {
  await harness.close();
  await anthropic.close();
});

test('OpenAI ingress reaches an Anthropic upstream and comes back in OpenAI shape', async () => {
  const reply = await client.chat.completions.create({
    model: 'claude-test',
    messages: [
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'Hi' },
    ],
    max_tokens: 32,
  });
  assert.equal(reply.choices[0].message.content, 'Hello from Claude.');
  assert.equal(reply.choices[0].finish_reason, 'stop');
  assert.equal(reply.usage?.prompt_tokens, 125, 'input counts uncached + cache read + cache write');
  assert.equal(reply.usage?.prompt_tokens_details?.cached_tokens, 100);
  const sent = anthropic.received.at(-1)!;
  assert.equal(sent.headers['x-api-key'], 'sk-ant-test');
  assert.equal(sent.body.model, 'claude-sonnet-4-5');
  assert.equal(sent.body.system, 'Be brief.');
});

test('streams are translated chunk by chunk and metered', async () => {
  const stream = await client.chat.completions.create({
    model: 'claude-test',
    messages: [{ role: 'user', content: 'Hi' }],
    stream: true,
    stream_options: { include_usage: true },
  });
  let text = '';
  let usage: OpenAI.CompletionUsage | null | undefined;
  for await (const chunk of stream) {
    text += chunk.choices[0]?.delta?.content ?? '';
    usage = chunk.usage ?? usage;
  }
  assert.equal(text, 'tok0 tok1 tok2 ');
  assert.equal(usage?.completion_tokens, 12);
});

test('Anthropic ingress to an Anthropic upstream keeps cache usage', async () => {
  const response = await fetch(`${harness.gateway.url}/v1/messages`, {
    method: 'POST',
    headers: { 'x-api-key': harness.key, 'content-type': 'application/json', 'anthropic-version': '2023-06-01' },
    body: JSON.stringify({ model: 'claude-test', max_tokens: 10, messages: [{ role: 'user', content: 'Hi' }] }),
  });
  const message = await response.json();
  assert.equal(response.status, 200);
  assert.deepEqual(message.usage, { input_tokens: 25, output_tokens: 12, cache_read_input_tokens: 100, cache_creation_input_tokens: 0 });
});
