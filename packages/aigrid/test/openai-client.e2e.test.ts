import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import { startHarness, type Harness } from './support/gateway-harness.js';
import { waitFor } from './support/wait-for.js';

let harness: Harness;
let client: OpenAI;

before(async () => {
  harness = await startHarness();
  client = new OpenAI({ apiKey: harness.key, baseURL: `${harness.gateway.url}/v1`, maxRetries: 0 });
});
after(() => harness.close());

const user = (content: string) => [{ role: 'user' as const, content }];

describe('chat completions through the official openai client', () => {
  test('non-streaming answer, usage and gateway headers', async () => {
    const { data, response } = await client.chat.completions
      .create({ model: 'gpt-test', messages: user('hi') })
      .withResponse();
    assert.equal(data.choices[0].message.content, 'Hello! How can I assist you today?');
    assert.equal(data.choices[0].finish_reason, 'stop');
    assert.equal(data.usage?.prompt_tokens, 9);
    assert.match(response.headers.get('x-request-id') ?? '', /^req_[0-9a-f]{32}$/);
    assert.ok(Number(response.headers.get('x-aigrid-overhead-ms')) >= 0);
    const upstream = harness.mock.received.at(-1)!;
    assert.equal(upstream.headers.authorization, 'Bearer sk-upstream-secret', 'the gateway sends its own provider key');
    assert.equal(upstream.headers['x-extra'], 'from-config');
  });

  test('every documented parameter and unknown fields pass through to the upstream', async () => {
    const params = {
      model: 'renamed',
      messages: [{ role: 'system' as const, content: 'be brief' }, ...user('hi')],
      n: 2,
      stop: ['END'],
      seed: 42,
      temperature: 0.2,
      max_tokens: 50,
      max_completion_tokens: 60,
      user: 'end-user-1',
      metadata: { team: 'search' },
      response_format: { type: 'json_schema' as const, json_schema: { name: 'x', schema: { type: 'object' } } },
      vendor_extension: { top_k: 5 },
    };
    const result = await client.chat.completions.create(params as any);
    assert.equal(result.choices.length, 2);
    const sent = harness.mock.received.at(-1)!.body;
    assert.equal(sent.model, 'echo', 'public name is mapped to the upstream model');
    for (const field of ['n', 'stop', 'seed', 'temperature', 'max_tokens', 'max_completion_tokens', 'user', 'metadata', 'response_format', 'vendor_extension', 'messages'] as const) {
      assert.deepEqual(sent[field], (params as any)[field], field);
    }
  });

  test('a body with nothing to change is forwarded byte for byte; a renamed model or a fallback list is re-serialised', async () => {
    const post = (text: string) =>
      fetch(`${harness.gateway.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${harness.key}`, 'content-type': 'application/json' },
        body: text,
      });
    const asIs = '{ "model": "echo",\n  "messages": [{"role":"user","content":"hi \\u00e9"}], "vendor_x": {"k": [1, 2.50]} }';
    assert.equal((await post(asIs)).status, 200);
    assert.equal(harness.mock.received.at(-1)!.raw, asIs);
    const renamed = asIs.replace('"echo"', '"renamed"');
    assert.equal((await post(renamed)).status, 200);
    const sent = harness.mock.received.at(-1)!;
    assert.notEqual(sent.raw, renamed);
    assert.deepEqual(sent.body, { ...JSON.parse(renamed), model: 'echo', stream: false });
    const listed = '{"model":"echo","models":["echo","gpt-test"],"messages":[{"role":"user","content":"hi"}]}';
    assert.equal((await post(listed)).status, 200);
    assert.deepEqual(harness.mock.received.at(-1)!.body, { model: 'echo', messages: [{ role: 'user', content: 'hi' }], stream: false });
  });

  test('json_object response format passes through', async () => {
    await client.chat.completions.create({ model: 'echo', messages: user('json please'), response_format: { type: 'json_object' } });
    assert.deepEqual(harness.mock.received.at(-1)!.body.response_format, { type: 'json_object' });
  });

  test('tool calls come back intact', async () => {
    const result = await client.chat.completions.create({
      model: 'gpt-test',
      messages: user('weather in Boston?'),
      tools: [{ type: 'function', function: { name: 'get_weather', parameters: { type: 'object', properties: { location: { type: 'string' } } } } }],
      tool_choice: 'auto',
    });
    const call = result.choices[0].message.tool_calls?.[0];
    assert.equal(result.choices[0].finish_reason, 'tool_calls');
    assert.equal(call?.type, 'function');
    assert.equal(call?.type === 'function' && call.function.name, 'get_weather');
    assert.deepEqual(JSON.parse(call?.type === 'function' ? call.function.arguments : '{}'), { location: 'Boston, MA' });
    assert.equal(call?.id, 'call_abc0');
  });

  test('streaming with include_usage delivers chunks then usage', async () => {
    const stream = await client.chat.completions.create({ model: 'gpt-test', messages: user('hi'), stream: true, stream_options: { include_usage: true } });
    let text = '';
    let usage: OpenAI.CompletionUsage | undefined | null;
    let finish: string | null | undefined;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta?.content ?? '';
      finish = chunk.choices[0]?.finish_reason ?? finish;
      if (chunk.usage) usage = chunk.usage;
    }
    assert.equal(text, 'tok0 tok1 tok2 ');
    assert.equal(finish, 'stop');
    assert.equal(usage?.completion_tokens, 12);
  });

  test('streaming without include_usage hides the usage chunk the gateway asked for', async () => {
    const stream = await client.chat.completions.create({ model: 'gpt-test', messages: user('hi'), stream: true });
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);
    assert.ok(chunks.every((chunk) => chunk.choices.length > 0 && !chunk.usage));
    assert.equal(harness.mock.received.at(-1)!.body.stream_options.include_usage, true);
  });

  test('streamed tool calls assemble into id, name and arguments', async () => {
    const stream = client.chat.completions.stream({
      model: 'gpt-test',
      messages: user('weather?'),
      tools: [{ type: 'function', function: { name: 'lookup', parameters: { type: 'object' } } }],
    });
    const final = await stream.finalChatCompletion();
    const call = final.choices[0].message.tool_calls?.[0];
    assert.equal(final.choices[0].finish_reason, 'tool_calls');
    assert.equal(call?.id, 'call_abc0');
    assert.equal(call?.type === 'function' && call.function.name, 'lookup');
    assert.equal(call?.type === 'function' && call.function.arguments, '{"location":"Boston, MA"}');
  });

  test('a stream that breaks upstream ends with an error event the client sees', async () => {
    const stream = await client.chat.completions.create({ model: 'drop-mid-stream', messages: user('hi'), stream: true });
    await assert.rejects(async () => {
      for await (const _chunk of stream) {
        // consume until the error event
      }
    }, /upstream_unreachable|could not be reached|Provider/);
  });
});

describe('embeddings', () => {
  test('string, array of strings and token arrays, with dimensions and encoding_format', async () => {
    const one = await client.embeddings.create({ model: 'embed-test', input: 'hello', encoding_format: 'float' });
    assert.equal(one.data.length, 1);
    assert.equal(one.data[0].embedding.length, 4);
    const many = await client.embeddings.create({ model: 'embed-test', input: ['a', 'b', 'c'], dimensions: 8, encoding_format: 'float' });
    assert.equal(many.data.length, 3);
    assert.equal(many.data[2].embedding.length, 8);
    const tokens = await client.embeddings.create({ model: 'embed-test', input: [[1, 2, 3], [4, 5]], encoding_format: 'float' });
    assert.equal(tokens.data.length, 2);
    const encoded = await client.embeddings.create({ model: 'embed-test', input: 'hello' });
    assert.equal(encoded.data[0].embedding.length, 4, 'the client decodes the base64 it asked for');
    assert.equal(harness.mock.received.at(-1)!.body.encoding_format, 'base64');
  });

  test('a body with nothing to change is forwarded byte for byte; a renamed model is re-serialised', async () => {
    const post = (text: string) =>
      fetch(`${harness.gateway.url}/v1/embeddings`, {
        method: 'POST',
        headers: { authorization: `Bearer ${harness.key}`, 'content-type': 'application/json' },
        body: text,
      });
    const asIs = '{ "model": "embed-test",\n  "input": ["a \\u00e9", "b"], "vendor_x": {"k": [1, 2.50]} }';
    const answer = await post(asIs);
    assert.equal(answer.status, 200);
    assert.equal(((await answer.json()) as { data: unknown[] }).data.length, 2);
    assert.equal(harness.mock.received.at(-1)!.raw, asIs);
    assert.equal((await post('{"model":"renamed","input":"hello"}')).status, 200);
    assert.deepEqual(harness.mock.received.at(-1)!.body, { model: 'echo', input: 'hello' });
  });
});

describe('models and keys', () => {
  test('GET /v1/models lists what this key may use', async () => {
    const all = await client.models.list();
    assert.ok(all.data.some((model) => model.id === 'gpt-test'));
    const limited = await harness.createKey({ name: 'limited', models: ['gpt-test'] });
    const limitedClient = new OpenAI({ apiKey: limited.secret, baseURL: `${harness.gateway.url}/v1`, maxRetries: 0 });
    const visible = await limitedClient.models.list();
    assert.deepEqual(visible.data.map((model) => model.id), ['gpt-test']);
    await assert.rejects(limitedClient.chat.completions.create({ model: 'echo', messages: user('x') }), (error: any) => {
      assert.equal(error.status, 403);
      assert.equal(error.code, 'model_not_allowed');
      return true;
    });
  });

  test('a revoked key stops working', async () => {
    const key = await harness.createKey({ name: 'short-lived' });
    const keyClient = new OpenAI({ apiKey: key.secret, baseURL: `${harness.gateway.url}/v1`, maxRetries: 0 });
    await keyClient.models.list();
    await harness.gateway.deps.store.keys.revoke(key.id);
    await waitFor(async () => {
      try {
        await keyClient.models.list();
        return false;
      } catch (error: any) {
        return error.status === 401;
      }
    });
  });
});

describe('errors reach the client in the OpenAI envelope', () => {
  const cases: Array<[string, number, string]> = [
    ['no-such-model', 404, 'model_not_found'],
    ['fail-400', 400, 'upstream_bad_request'],
    ['fail-401', 502, 'upstream_auth_failed'],
    ['fail-404', 404, 'upstream_not_found'],
    ['fail-429', 429, 'upstream_rate_limited'],
    ['fail-500', 502, 'upstream_error'],
    ['fail-529', 503, 'upstream_overloaded'],
    ['hang', 504, 'upstream_timeout'],
  ];
  for (const [model, status, code] of cases) {
    test(`${model} → ${status} ${code}`, async () => {
      await assert.rejects(client.chat.completions.create({ model, messages: user('x') }), (error: any) => {
        assert.ok(error instanceof OpenAI.APIError);
        assert.equal(error.status, status);
        assert.equal(error.code, code);
        assert.equal(typeof error.message, 'string');
        if (model === 'fail-429') assert.equal(error.headers.get('retry-after'), '7');
        if (model === 'fail-401') assert.doesNotMatch(error.message, /invalid_api_key|mock upstream/);
        return true;
      });
    });
  }

  test('a bad gateway key is a 401 authentication error', async () => {
    const bad = new OpenAI({ apiKey: 'sk-aigrid-wrong', baseURL: `${harness.gateway.url}/v1`, maxRetries: 0 });
    await assert.rejects(bad.models.list(), (error: any) => error instanceof OpenAI.AuthenticationError && error.code === 'invalid_api_key');
  });

  test('a client that gives up aborts the upstream call and is logged as 499', async () => {
    const before = harness.mock.aborted();
    const controller = new AbortController();
    const pending = client.chat.completions.create({ model: 'hang', messages: user('x') }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 300);
    await assert.rejects(pending);
    await waitFor(() => harness.mock.aborted() > before);
    await waitFor(async () => (await harness.gateway.deps.store.requestLog.list({ limit: 200 })).some((row) => row.status === 499));
  });
});

describe('request log', () => {
  test('one metadata row per request, tokens as reported, no bodies', async () => {
    const { response } = await client.chat.completions.create({ model: 'gpt-test', messages: user('secret prompt text') }).withResponse();
    const id = response.headers.get('x-request-id')!;
    const stream = await client.chat.completions.create({ model: 'gpt-test', messages: user('hi'), stream: true });
    for await (const _chunk of stream) {
      // drain
    }
    const rows = await waitFor(async () => {
      const all = await harness.gateway.deps.store.requestLog.list({ limit: 500 });
      return all.find((row) => row.id === id) && all.some((row) => row.streamed) ? all : undefined;
    });
    const row = rows.find((entry) => entry.id === id)!;
    assert.equal(row.tenant, 'acme');
    assert.equal(row.model, 'gpt-test');
    assert.equal(row.provider, 'mock');
    assert.equal(row.status, 200);
    assert.equal(row.inputTokens, 9);
    assert.equal(row.outputTokens, 12);
    assert.equal(row.streamed, false);
    assert.ok(row.latencyMs >= (row.upstreamMs ?? 0));
    const streamed = rows.find((entry) => entry.streamed)!;
    assert.equal(streamed.outputTokens, 12, 'streams are metered from the usage the gateway asked for');
    assert.doesNotMatch(JSON.stringify(rows), /secret prompt text/);
  });
});
