import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defineCard } from './card-builder.js';
import { Catalog, type CatalogSource } from './catalog.js';
import { parseCatalogQuery } from './catalog-query-input.js';

const card = (model: string, input: number | undefined, extra: Partial<Parameters<typeof defineCard>[0]> = {}) =>
  defineCard({
    provider: 'openai',
    model,
    name: model.toUpperCase(),
    vendor: 'openai',
    pricing: { input, output: input === undefined ? undefined : input * 4 },
    regions: ['global'],
    checked: '2026-11-22',
    source: 'https://example.test/pricing',
    ...extra,
  });

const CARDS = [
  card('cheap', 100_000, { contextWindow: 128_000, capabilities: { tools: true }, regions: ['eu'], released: '2025-01-01' }),
  card('pricey', 5_000_000, { contextWindow: 1_000_000, capabilities: { tools: true }, regions: ['eu', 'us'], released: '2026-01-01' }),
  card('unpriced', undefined, { contextWindow: 200_000, capabilities: { tools: true }, regions: ['eu'] }),
  card('small-context', 50_000, { contextWindow: 32_000, capabilities: { tools: true }, regions: ['eu'], aliases: ['small-context-2025'] }),
  card('no-tools', 10_000, { contextWindow: 128_000, capabilities: { tools: false }, regions: ['eu'] }),
  card('embedder', 20_000, { kind: 'embedding', contextWindow: 8_191 }),
];

const ids = (cards: readonly { id: string }[]) => cards.map((found) => found.id);

describe('Catalog.query', () => {
  const catalog = new Catalog(CARDS);

  it('applies every filter and treats unknown values as not matching', () => {
    const found = catalog.query({ capabilities: ['tools'], maxInputPriceMicros: 1_000_000, minContext: 128_000, region: 'eu' });
    assert.deepEqual(ids(found), ['openai/cheap'], 'unpriced, small-context and no-tools are all left out');
  });

  it('sorts by price ascending, context and release descending, unknown last', () => {
    assert.deepEqual(ids(catalog.query({ kind: 'chat', sort: 'input-price' })), [
      'openai/no-tools',
      'openai/small-context',
      'openai/cheap',
      'openai/pricey',
      'openai/unpriced',
    ]);
    assert.deepEqual(ids(catalog.query({ sort: 'context' })).slice(0, 2), ['openai/pricey', 'openai/unpriced']);
    assert.deepEqual(ids(catalog.query({ sort: 'released' })).slice(0, 2), ['openai/pricey', 'openai/cheap']);
    assert.deepEqual(ids(catalog.query({ sort: 'name' })).slice(0, 2), ['openai/cheap', 'openai/embedder']);
  });

  it('filters by kind, provider and vendor', () => {
    assert.deepEqual(ids(catalog.query({ kind: 'embedding' })), ['openai/embedder']);
    assert.equal(catalog.query({ provider: 'anthropic' }).length, 0);
    assert.equal(catalog.query({ vendor: 'openai' }).length, CARDS.length);
  });
});

describe('Catalog lookups and links', () => {
  const source: CatalogSource = {
    providers: { oa: { type: 'openai' }, local: { type: 'ollama' } },
    models: {
      fast: { name: 'fast', provider: 'oa', upstreamModel: 'cheap' },
      dated: { name: 'dated', provider: 'oa', upstreamModel: 'small-context-2025' },
      linked: { name: 'linked', provider: 'local', upstreamModel: 'whatever', card: 'openai/pricey' },
      mine: { name: 'mine', provider: 'local', upstreamModel: 'llama3.2' },
      orphan: { name: 'orphan', provider: 'local', upstreamModel: 'unknown-model' },
    },
    modelCards: {
      'openai/cheap': { id: 'openai/cheap', provider: 'openai', model: 'cheap', pricing: { input: 90_000, cachedInput: null } },
      'ollama/llama3.2': { id: 'ollama/llama3.2', provider: 'ollama', model: 'llama3.2', contextWindow: 131_072, capabilities: ['tools'], pricing: { input: 0 } },
    },
  };
  const catalog = Catalog.fromConfig(source, CARDS);

  it('finds cards by provider type and upstream model or alias', () => {
    assert.equal(catalog.cardFor('openai', 'small-context-2025')?.id, 'openai/small-context');
    assert.equal(catalog.get('openai/small-context-2025')?.id, 'openai/small-context');
    assert.equal(catalog.cardFor('anthropic', 'cheap'), undefined);
  });

  it('links configured models implicitly, explicitly, to config cards, or not at all', () => {
    assert.equal(catalog.cardForModel('fast')?.id, 'openai/cheap');
    assert.equal(catalog.cardForModel('dated')?.id, 'openai/small-context');
    assert.equal(catalog.cardForModel('linked')?.id, 'openai/pricey');
    assert.equal(catalog.cardForModel('mine')?.id, 'ollama/llama3.2');
    assert.equal(catalog.cardForModel('orphan'), undefined);
    assert.deepEqual(catalog.modelsFor('openai/cheap'), ['fast']);
  });

  it('applies overrides: new prices, kept fields, and brand-new cards', () => {
    const cheap = catalog.get('openai/cheap')!;
    assert.equal(cheap.pricing.input, 90_000);
    assert.equal(cheap.pricing.output, 400_000, 'fields the override leaves out keep the shipped value');
    assert.equal(cheap.contextWindow, 128_000);
    assert.equal(cheap.origin, 'overridden');
    const local = catalog.get('ollama/llama3.2')!;
    assert.equal(local.origin, 'config');
    assert.equal(local.pricing.input, 0);
    assert.equal(local.pricing.output, null, 'unknown, not zero');
    assert.equal(local.capabilities.tools, true);
    assert.equal(local.capabilities.vision, false, 'a capability list is the full set');
  });

  it('filters to configured cards, honouring which models the caller may see', () => {
    assert.deepEqual(ids(catalog.query({ configured: true })), ['openai/cheap', 'ollama/llama3.2', 'openai/pricey', 'openai/small-context']);
    assert.deepEqual(ids(catalog.query({ configured: true }, (model) => model === 'fast')), ['openai/cheap']);
    assert.equal(catalog.query({ configured: false }).some((found) => found.id === 'openai/cheap'), false);
  });

  it('compares cards in the order asked and reports ids it cannot find', () => {
    const comparison = catalog.compare(['openai/pricey', 'openai/cheap', 'openai/pricey', 'openai/nope']);
    assert.deepEqual(ids(comparison.cards), ['openai/pricey', 'openai/cheap']);
    assert.deepEqual(comparison.missing, ['openai/nope']);
  });

  it('refuses duplicate ids', () => {
    assert.throws(() => new Catalog([CARDS[0], CARDS[0]]), /duplicate model card id "openai\/cheap"/);
  });
});

describe('shipped catalog: the acceptance question', () => {
  it('which models with tools and 128k context cost under $1 per million input tokens in the EU?', () => {
    const catalog = Catalog.fromConfig({ providers: {}, models: {}, modelCards: {} });
    const query = parseCatalogQuery({ capability: ['tools'], minContext: '128000', maxInputPrice: '1', region: 'eu', sort: 'input-price' });
    const found = catalog.query(query);
    assert.deepEqual(ids(found), ['mistral/mistral-small-latest', 'azure/gpt-4o-mini', 'azure/gpt-4.1-mini', 'mistral/mistral-large-2512']);
    for (const answer of found) {
      assert.equal(answer.capabilities.tools, true);
      assert.ok(answer.contextWindow! >= 128_000);
      assert.ok(answer.pricing.input! < 1_000_000);
      assert.ok(answer.regions.includes('eu'));
    }
  });
});
