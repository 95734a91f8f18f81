import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import Anthropic from '@anthropic-ai/sdk';
import { startHarness, type Harness } from './support/gateway-harness.js';

let harness: Harness;
let client: Anthropic;

before(async () => {
  harness = await startHarness();
  client = new Anthropic({ apiKey: harness.key, baseURL: harness.gateway.url, maxRetries: 0 });
});
after(() => harness.close());

const weatherTool = {
  name: 'get_weather',
  description: 'Weather for a city',
  input_schema: { type: 'object' as const, properties: { location: { type: 'string' } } },
};

describe('POST /v1/messages with the official @anthropic-ai/sdk, routed to an OpenAI-compatible upstream', () => {
  test('a plain message', async () => {
    const message = await client.messages.create({
      model: 'gpt-test',
      max_tokens: 64,
      system: 'You are terse.',
      messages: [{ role: 'user', content: 'Hello' }],
      stop_sequences: ['END'],
      metadata: { user_id: 'u-1' },
    });
    assert.equal(message.type, 'message');
    assert.equal(message.role, 'assistant');
    assert.deepEqual(message.content, [{ type: 'text', text: 'Hello! How can I assist you today?' }]);
    assert.equal(message.stop_reason, 'end_turn');
    assert.equal(message.usage.input_tokens, 9);
    assert.equal(message.usage.output_tokens, 12);
    const sent = harness.mock.received.at(-1)!.body;
    assert.deepEqual(sent.messages[0], { role: 'system', content: 'You are terse.' });
    assert.equal(sent.max_tokens, 64);
    assert.deepEqual(sent.stop, ['END']);
    assert.equal(sent.user, 'u-1');
  });

  test('tool use and tool results round-trip with their ids', async () => {
    const message = await client.messages.create({
      model: 'gpt-test',
      max_tokens: 64,
      tools: [weatherTool],
      tool_choice: { type: 'any' },
      messages: [
        { role: 'user', content: 'Weather in Boston?' },
        { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_prev', name: 'get_weather', input: { location: 'Boston' } }] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_prev', content: '21C' }, { type: 'text', text: 'And Paris?' }] },
      ],
    });
    assert.equal(message.stop_reason, 'tool_use');
    const block = message.content[0];
    assert.equal(block.type, 'tool_use');
    assert.equal(block.type === 'tool_use' && block.id, 'call_abc0');
    assert.deepEqual(block.type === 'tool_use' && block.input, { location: 'Boston, MA' });
    const sent = harness.mock.received.at(-1)!.body;
    assert.equal(sent.tool_choice, 'required');
    assert.equal(sent.messages[1].tool_calls[0].id, 'toolu_prev');
    assert.deepEqual(JSON.parse(sent.messages[1].tool_calls[0].function.arguments), { location: 'Boston' });
    assert.deepEqual(sent.messages[2], { role: 'tool', tool_call_id: 'toolu_prev', content: '21C' });
    assert.deepEqual(sent.messages[3], { role: 'user', content: 'And Paris?' });
  });

  test('streaming text arrives as Anthropic events', async () => {
    const stream = client.messages.stream({ model: 'gpt-test', max_tokens: 64, messages: [{ role: 'user', content: 'Hi' }] });
    const types: string[] = [];
    stream.on('streamEvent', (event) => types.push(event.type));
    const final = await stream.finalMessage();
    assert.equal(final.content.length, 1);
    assert.equal(final.content[0].type === 'text' && final.content[0].text, 'tok0 tok1 tok2 ');
    assert.equal(final.stop_reason, 'end_turn');
    assert.equal(final.usage.output_tokens, 12);
    assert.equal(types[0], 'message_start');
    assert.equal(types.at(-1), 'message_stop');
    assert.ok(types.includes('content_block_delta'));
  });

  test('streamed tool use assembles id, name and input', async () => {
    const stream = client.messages.stream({ model: 'gpt-test', max_tokens: 64, tools: [weatherTool], messages: [{ role: 'user', content: 'Weather?' }] });
    const final = await stream.finalMessage();
    const block = final.content[0];
    assert.equal(final.stop_reason, 'tool_use');
    assert.equal(block.type, 'tool_use');
    assert.equal(block.type === 'tool_use' && block.id, 'call_abc0');
    assert.equal(block.type === 'tool_use' && block.name, 'get_weather');
    assert.deepEqual(block.type === 'tool_use' && block.input, { location: 'Boston, MA' });
  });

  test('errors arrive in the Anthropic envelope and SDK classes', async () => {
    await assert.rejects(client.messages.create({ model: 'nope', max_tokens: 5, messages: [{ role: 'user', content: 'x' }] }), (error: any) => {
      assert.ok(error instanceof Anthropic.NotFoundError);
      const body = (error as any).error;
      assert.equal(body.type, 'error');
      assert.equal(body.error.type, 'not_found_error');
      assert.equal(body.error.code, 'model_not_found');
      return true;
    });
    const bad = new Anthropic({ apiKey: 'sk-aigrid-wrong', baseURL: harness.gateway.url, maxRetries: 0 });
    await assert.rejects(bad.messages.create({ model: 'gpt-test', max_tokens: 5, messages: [{ role: 'user', content: 'x' }] }), Anthropic.AuthenticationError);
    await assert.rejects(client.messages.create({ model: 'fail-429', max_tokens: 5, messages: [{ role: 'user', content: 'x' }] }), Anthropic.RateLimitError);
    await assert.rejects(
      client.messages.create({ model: 'gpt-test', messages: [{ role: 'user', content: 'x' }] } as any),
      (error: any) => error instanceof Anthropic.BadRequestError && /max_tokens/.test(error.message),
    );
  });
});
