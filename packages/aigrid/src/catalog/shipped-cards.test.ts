import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PROVIDER_TYPES } from '../spec/provider-presets.js';
import { COARSE_REGIONS } from '../spec/model-card.js';
import { SHIPPED_CARDS } from './shipped-cards.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

describe('shipped model cards', () => {
  it('have unique ids of the form <provider type>/<model>', () => {
    const ids = SHIPPED_CARDS.map((card) => card.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const card of SHIPPED_CARDS) {
      assert.ok((PROVIDER_TYPES as readonly string[]).includes(card.provider), card.id);
      assert.equal(card.id, `${card.provider}/${card.model}`);
    }
  });

  it('keep money in integer micro-USD and unknown as null', () => {
    for (const card of SHIPPED_CARDS) {
      const { batchDiscountPercent, ...prices } = card.pricing;
      for (const [name, value] of Object.entries(prices)) {
        assert.ok(value === null || (Number.isSafeInteger(value) && value >= 0), `${card.id} ${name}: ${value}`);
      }
      assert.ok(batchDiscountPercent === null || (Number.isInteger(batchDiscountPercent) && batchDiscountPercent >= 0 && batchDiscountPercent <= 100));
      assert.notEqual(card.pricing.input, null, `${card.id} ships without an input price`);
      if (card.kind === 'embedding') assert.equal(card.pricing.output, null, `${card.id}: embeddings have no output price`);
    }
  });

  it('say where and when their facts were read', () => {
    for (const card of SHIPPED_CARDS) {
      assert.match(card.checked ?? '', DATE, card.id);
      assert.ok(card.checked! <= '2026-11-22', `${card.id} checked in the future`);
      assert.match(card.source ?? '', /^https:\/\/[^\s]+$/, card.id);
      for (const date of [card.released, card.deprecated]) if (date !== null) assert.match(date, DATE, card.id);
      assert.ok(card.regions.some((region) => (COARSE_REGIONS as readonly string[]).includes(region)), `${card.id} needs a coarse region`);
      if (card.contextWindow !== null) assert.ok(Number.isInteger(card.contextWindow) && card.contextWindow > 0);
    }
  });

  it('never let an alias point at two cards of one provider', () => {
    const seen = new Map<string, string>();
    for (const card of SHIPPED_CARDS) {
      for (const model of [card.model, ...card.aliases]) {
        const key = `${card.provider}/${model}`;
        assert.equal(seen.get(key), undefined, `${key} claimed by ${seen.get(key)} and ${card.id}`);
        seen.set(key, card.id);
      }
    }
  });

  it('cover the main models of every vendor, chat and embedding', () => {
    const ids = new Set(SHIPPED_CARDS.map((card) => card.id));
    const required = [
      'openai/gpt-4.1', 'openai/gpt-4.1-mini', 'openai/gpt-4.1-nano', 'openai/gpt-4o', 'openai/gpt-4o-mini', 'openai/o3', 'openai/o4-mini',
      'openai/gpt-5', 'openai/gpt-5-mini', 'anthropic/claude-opus-5-5', 'anthropic/claude-sonnet-5-5', 'anthropic/claude-haiku-5-5',
      'gemini/gemini-2.5-pro', 'gemini/gemini-2.5-flash', 'gemini/gemini-2.5-flash-lite', 'mistral/mistral-large-2512',
      'mistral/mistral-medium-3.5', 'mistral/mistral-small-latest', 'mistral/codestral-latest', 'groq/llama-3.3-70b-versatile',
      'together/meta-llama/Llama-3.3-70B-Instruct-Turbo', 'bedrock/meta.llama3-3-70b-instruct-v1:0', 'deepseek/deepseek-chat',
      'deepseek/deepseek-reasoner', 'together/Qwen/Qwen3-235B-A22B-Instruct-2507-tput', 'openai/text-embedding-3-small',
      'openai/text-embedding-3-large', 'gemini/gemini-embedding-001', 'bedrock/amazon.titan-embed-text-v2:0',
      'bedrock/cohere.embed-english-v3', 'mistral/mistral-embed',
    ];
    for (const id of required) assert.ok(ids.has(id), `missing ${id}`);
  });
});
