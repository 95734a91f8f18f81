import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError } from './config-error.js';
import type { ConfigVocabulary } from './config-types.js';
import { parseConfigText } from './load-config.js';

// The shipped cards are the catalog's; the config is handed the few these tests name.
const VOCABULARY: ConfigVocabulary = {
  cards: [
    { id: 'openai/gpt-4o', provider: 'openai', aliases: ['gpt-4o-2024-08-06'] },
    { id: 'openai/gpt-4o-mini', provider: 'openai', aliases: [] },
  ],
};

async function configError(text: string): Promise<ConfigError> {
  try {
    await parseConfigText(text, 'aigrid.hcl', {}, VOCABULARY);
  } catch (error) {
    assert.ok(error instanceof ConfigError, `expected ConfigError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected a ConfigError');
}

describe('model_card blocks', () => {
  it('converts USD-per-million decimals to integer micro-USD, rounding half-up', async () => {
    const config = await parseConfigText(
      `model_card "openai/gpt-4o" {
  input_price          = 2.0
  cached_input_price   = 0.0000005
  output_price         = 1.1
  cache_write_price    = 0.0000004
  batch_discount_percent = 40
}
`,
      'aigrid.hcl',
      {},
    );
    assert.deepEqual(config.modelCards['openai/gpt-4o'], {
      id: 'openai/gpt-4o',
      provider: 'openai',
      model: 'gpt-4o',
      pricing: { input: 2_000_000, cachedInput: 1, output: 1_100_000, cacheWrite: 0, batchDiscountPercent: 40 },
    });
  });

  it('describes a brand-new local model, with null for an unknown value', async () => {
    const config = await parseConfigText(
      `model_card "ollama/llama3.2" {
  name            = "Llama 3.2 3B (local)"
  vendor          = "meta"
  context_window  = 131072
  capabilities    = ["tools", "streaming"]
  input_price     = 0
  output_price    = 0
  regions         = ["eu", "eu-office-1"]
  max_output_tokens = null
}
`,
      'aigrid.hcl',
      {},
    );
    const card = config.modelCards['ollama/llama3.2'];
    assert.equal(card.provider, 'ollama');
    assert.equal(card.model, 'llama3.2');
    assert.equal(card.contextWindow, 131072);
    assert.equal(card.maxOutputTokens, null, 'null is kept: it sets the value to unknown');
    assert.deepEqual(card.capabilities, ['tools', 'streaming']);
    assert.deepEqual(card.pricing, { input: 0, output: 0 }, 'zero is written on purpose and kept');
    assert.deepEqual(card.regions, ['eu', 'eu-office-1']);
  });

  it('model ids may contain slashes after the provider', async () => {
    const config = await parseConfigText('model_card "together/meta-llama/Llama-3.3-70B-Instruct-Turbo" {\n  input_price = 0.5\n}\n', 'aigrid.hcl', {});
    const card = config.modelCards['together/meta-llama/Llama-3.3-70B-Instruct-Turbo'];
    assert.equal(card.provider, 'together');
    assert.equal(card.model, 'meta-llama/Llama-3.3-70B-Instruct-Turbo');
    assert.equal(card.pricing?.input, 500_000);
  });

  it('reports unknown attributes with a suggestion and its line', async () => {
    const error = await configError('model_card "openai/gpt-4o" {\n  input_prise = 2\n}\n');
    assert.equal(error.format(), 'aigrid.hcl:2:3: model_card "openai/gpt-4o": unknown attribute "input_prise" (did you mean "input_price"?)');
  });

  it('reports bad values: a negative price, an unknown capability, a malformed date', async () => {
    const error = await configError('model_card "openai/gpt-4o" {\n  input_price = -1\n  capabilities = ["tool"]\n  released = "May 2025"\n}\n');
    const lines = error.format().split('\n');
    assert.equal(lines.length, 3);
    assert.match(lines[0], /input_price" must be at least 0, got -1/);
    assert.match(lines[1], /capabilities\.0" must be one of "tools".*got "tool" \(did you mean "tools"\?\)/);
    assert.match(lines[2], /released" must be a date written YYYY-MM-DD, got "May 2025"/);
  });

  it('reports a label that does not name a provider type', async () => {
    const typo = await configError('model_card "opnai/gpt-4o" {\n  input_price = 1\n}\n');
    assert.equal(typo.format(), 'aigrid.hcl:1:1: model_card "opnai/gpt-4o": "opnai" is not a provider type (did you mean "openai"?)');
    const noSlash = await configError('model_card "gpt-4o" {\n  input_price = 1\n}\n');
    assert.match(noSlash.format(), /model_card "gpt-4o": the label must be "<provider>\/<model-id>"/);
  });
});

describe('model "card" attribute', () => {
  const provider = 'provider "local" {\n  type     = "openai-compatible"\n  base_url = "http://127.0.0.1:8000/v1"\n}\n';

  it('links a model to a shipped card, an alias or a declared model_card', async () => {
    const config = await parseConfigText(
      `${provider}model "a" {\n  provider = "local"\n  card     = "openai/gpt-4o-mini"\n}\nmodel "b" {\n  provider = "local"\n  card     = "openai/gpt-4o-2024-08-06"\n}\nmodel "c" {\n  provider = "local"\n  card     = "vllm/my-model"\n}\nmodel_card "vllm/my-model" {\n  context_window = 32768\n}\n`,
      'aigrid.hcl',
      {},
      VOCABULARY,
    );
    assert.equal(config.models.a.card, 'openai/gpt-4o-mini');
    assert.equal(config.models.b.card, 'openai/gpt-4o-2024-08-06');
    assert.equal(config.models.c.card, 'vllm/my-model');
    assert.equal(Object.hasOwn(config.models.a, 'upstreamModel'), true);
  });

  it('leaves card unset when not written', async () => {
    const config = await parseConfigText(`${provider}model "m" {\n  provider = "local"\n}\n`, 'aigrid.hcl', {});
    assert.equal(Object.hasOwn(config.models.m, 'card'), false);
  });

  it('does not check card names when the shipped cards were not handed in', async () => {
    const config = await parseConfigText(`${provider}model "m" {\n  provider = "local"\n  card     = "openai/unknown"\n}\n`, 'aigrid.hcl', {});
    assert.equal(config.models.m.card, 'openai/unknown');
  });

  it('reports a card that does not exist, with a suggestion', async () => {
    const error = await configError(`${provider}model "m" {\n  provider = "local"\n  card     = "openai/gpt-4o-mni"\n}\n`);
    assert.equal(
      error.format(),
      'aigrid.hcl:7:3: model "m": card "openai/gpt-4o-mni" is neither shipped nor declared with a model_card block (did you mean "openai/gpt-4o-mini"?)',
    );
  });

  it('reports a card id without a provider', async () => {
    const error = await configError(`${provider}model "m" {\n  provider = "local"\n  card     = "gpt-4o"\n}\n`);
    assert.match(error.format(), /attribute "card" must be a card id "<provider>\/<model-id>", got "gpt-4o"/);
  });
});
