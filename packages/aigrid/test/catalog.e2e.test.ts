import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'undici';
import OpenAI from 'openai';
import { startHarness, type Harness } from './support/gateway-harness.js';

// The harness's mock provider is `openai-compatible`; a model_card for that type describes its
// gpt-test model, another model links a shipped card explicitly and overrides its price.
const EXTRA = `
model "cheap-chat" {
  provider       = "mock"
  upstream_model = "echo"
  card           = "openai/gpt-4o-mini"
}
model_card "openai/gpt-4o-mini" {
  input_price = 0.1
}
model_card "openai-compatible/gpt-test" {
  name           = "Mock GPT"
  context_window = 32768
  capabilities   = ["tools", "streaming"]
  input_price    = 0
  regions        = ["eu"]
}
`;

let harness: Harness;

before(async () => {
  harness = await startHarness({ extraConfig: EXTRA });
});
after(() => harness.close());

async function get(path: string, key: string | null = harness.key) {
  const response = await request(`${harness.gateway.url}${path}`, { headers: key ? { authorization: `Bearer ${key}` } : {} });
  return { status: response.statusCode, json: (await response.body.json()) as any };
}

const ids = (list: { data: { id: string }[] }) => list.data.map((card) => card.id);

describe('GET /v1/models', () => {
  test('keeps the OpenAI list shape for the official client', async () => {
    const client = new OpenAI({ apiKey: harness.key, baseURL: `${harness.gateway.url}/v1`, maxRetries: 0 });
    const models = [];
    for await (const model of client.models.list()) models.push(model);
    assert.ok(models.some((model) => model.id === 'gpt-test' && model.object === 'model'));
  });

  test('adds an aigrid object per model: card facts, or null where nothing is known', async () => {
    const { status, json } = await get('/v1/models');
    assert.equal(status, 200);
    const byId = new Map<string, any>(json.data.map((model: any) => [model.id, model.aigrid]));
    const linked = byId.get('cheap-chat');
    assert.equal(linked.card, 'openai/gpt-4o-mini');
    assert.equal(linked.provider, 'mock');
    assert.equal(linked.provider_type, 'openai-compatible');
    assert.equal(linked.upstream_model, 'echo');
    assert.equal(linked.context_window, 128000);
    assert.deepEqual(linked.pricing, {
      currency: 'USD',
      input_per_mtok_micros: 100000,
      cached_input_per_mtok_micros: 75000,
      cache_write_per_mtok_micros: null,
      output_per_mtok_micros: 600000,
      batch_discount_percent: 50,
    });
    assert.equal(linked.capabilities.tools, true);
    assert.deepEqual(linked.deployments, [{ provider: 'mock', upstream_model: 'echo' }]);

    const local = byId.get('gpt-test');
    assert.equal(local.card, 'openai-compatible/gpt-test', 'linked by provider type + upstream model');
    assert.equal(local.pricing.input_per_mtok_micros, 0, 'a price written as 0 stays 0');
    assert.equal(local.pricing.output_per_mtok_micros, null, 'an unwritten price is null, not 0');
    assert.equal(local.max_output_tokens, null);

    const bare = byId.get('echo');
    assert.equal(bare.card, null);
    assert.equal(bare.context_window, null);
    assert.equal(bare.pricing.input_per_mtok_micros, null);
    assert.equal(bare.capabilities.tools, null);
    assert.equal(bare.regions, null);
    assert.deepEqual(bare.deployments, [{ provider: 'mock', upstream_model: 'echo' }]);
  });
});

describe('GET /v1/catalog', () => {
  test('answers: tools, 128k context, under $1 per million input tokens, in the EU', async () => {
    const { status, json } = await get('/v1/catalog?capability=tools&min_context=128000&max_input_price=1&region=eu&sort=input-price');
    assert.equal(status, 200);
    assert.equal(json.object, 'list');
    assert.deepEqual(ids(json), ['mistral/mistral-small-latest', 'azure/gpt-4o-mini', 'azure/gpt-4.1-mini', 'mistral/mistral-large-2512']);
    const card = json.data[0];
    assert.equal(card.object, 'model_card');
    assert.equal(card.pricing.currency, 'USD');
    assert.equal(card.pricing.input_per_mtok_micros, 100000);
    assert.match(card.source, /^https:\/\//);
    assert.match(card.checked, /^\d{4}-\d{2}-\d{2}$/);
  });

  test('capability may repeat or be comma-separated; filters combine', async () => {
    const repeated = await get('/v1/catalog?capability=tools&capability=vision&provider=anthropic');
    const commas = await get('/v1/catalog?capability=tools,vision&provider=anthropic');
    assert.ok(repeated.json.data.length > 0);
    assert.deepEqual(ids(repeated.json), ids(commas.json));
    const embeddings = await get('/v1/catalog?kind=embedding&sort=input-price');
    assert.ok(embeddings.json.data.every((card: any) => card.kind === 'embedding' && card.pricing.output_per_mtok_micros === null));
  });

  test('config cards and overrides are in it; configured=true follows what the key may use', async () => {
    const configured = await get('/v1/catalog?configured=true');
    assert.deepEqual(ids(configured.json).sort(), ['openai-compatible/gpt-test', 'openai/gpt-4o-mini']);
    const mini = configured.json.data.find((card: any) => card.id === 'openai/gpt-4o-mini');
    assert.equal(mini.origin, 'overridden');
    assert.deepEqual(mini.configured_models, ['cheap-chat']);
    const limited = await harness.createKey({ name: 'echo-only', models: ['echo'] });
    assert.deepEqual((await get('/v1/catalog?configured=true', limited.secret)).json.data, []);
    const all = await get('/v1/catalog?provider=openai', limited.secret);
    assert.deepEqual(all.json.data.find((card: any) => card.id === 'openai/gpt-4o-mini').configured_models, [], 'hidden models are not named');
  });

  test('a bad query value is a 400 in the standard envelope naming the parameter', async () => {
    for (const [query, param] of [
      ['max_input_price=cheap', 'max_input_price'],
      ['capability=teleport', 'capability'],
      ['min_context=-5', 'min_context'],
      ['sort=price', 'sort'],
      ['provider=opneai', 'provider'],
      ['configured=maybe', 'configured'],
    ]) {
      const { status, json } = await get(`/v1/catalog?${query}`);
      assert.equal(status, 400, query);
      assert.equal(json.error.type, 'invalid_request_error');
      assert.equal(json.error.code, 'invalid_request');
      assert.equal(json.error.param, param);
      assert.match(json.error.message, new RegExp(`Invalid value for '${param}'`));
    }
  });

  test('needs a valid API key', async () => {
    assert.equal((await get('/v1/catalog', null)).status, 401);
    assert.equal((await get('/v1/catalog', 'sk-aigrid-not-a-key')).status, 401);
  });
});
