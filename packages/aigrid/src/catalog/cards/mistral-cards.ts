import { CHAT_BASICS, cardMaker } from '../card-builder.js';
import type { ModelCard } from '../../spec/model-card.js';

// Mistral AI on La Plateforme (api.mistral.ai). Prices: integer micro-USD per million tokens, USD
// list price (the page also offers EUR). Mistral publishes no cached-input price. Facts come from
// third-party copies of Mistral's pricing page and model cards (June 2026 and later), so `checked`
// is the day we looked. Region: La Plateforme is hosted in the EU.

const PRICING = 'https://mistral.ai/pricing#api-pricing';
const LOOKED = '2026-11-22';

const MISTRAL = { ...CHAT_BASICS, json_schema: true, json_object: true };

const mistral = cardMaker({ provider: 'mistral', vendor: 'mistral', regions: ['eu'], checked: LOOKED, source: PRICING });

export const MISTRAL_CARDS: readonly ModelCard[] = [
  mistral({
    model: 'mistral-large-2512',
    name: 'Mistral Large 3',
    family: 'mistral-large',
    aliases: ['mistral-large-latest'],
    contextWindow: 262_144,
    input: ['text', 'image'],
    capabilities: { ...MISTRAL, vision: true },
    pricing: { input: 500_000, output: 1_500_000, batchDiscountPercent: 50 },
    released: '2025-12-02',
    notes: 'Open weights (Apache 2.0). Max output tokens not published in the sources read.',
  }),
  mistral({
    model: 'mistral-medium-3.5',
    name: 'Mistral Medium 3.5',
    family: 'mistral-medium',
    aliases: ['mistral-medium-latest', 'mistral-medium-3-5-26-04'],
    contextWindow: 256_000,
    input: ['text', 'image'],
    capabilities: { ...MISTRAL, vision: true, reasoning: true },
    pricing: { input: 1_500_000, output: 7_500_000, batchDiscountPercent: 50 },
    released: '2026-04-28',
    source: 'https://docs.mistral.ai/models/model-cards/mistral-medium-3-5-26-04',
    notes: 'Medium 3 and 3.1 were deprecated on 2026-05-22; mistral-medium-latest now points here.',
  }),
  mistral({
    model: 'mistral-small-latest',
    name: 'Mistral Small 4',
    family: 'mistral-small',
    contextWindow: 256_000,
    input: ['text', 'image'],
    capabilities: { ...MISTRAL, vision: true },
    pricing: { input: 100_000, output: 300_000, batchDiscountPercent: 50 },
    notes: 'Open weights (Apache 2.0). Context given as "256K" in the sources; dated model id and release date not confirmed.',
  }),
  mistral({
    model: 'codestral-latest',
    name: 'Codestral',
    family: 'codestral',
    contextWindow: 256_000,
    capabilities: { streaming: true },
    pricing: { input: 300_000, output: 900_000, batchDiscountPercent: 50 },
    notes: 'Code generation and fill-in-the-middle (/v1/fim/completions). Tool support not confirmed in the sources read.',
  }),
  mistral({
    model: 'mistral-embed',
    name: 'Mistral Embed',
    family: 'mistral-embed',
    kind: 'embedding',
    contextWindow: 8_192,
    pricing: { input: 100_000, batchDiscountPercent: 50 },
    notes: '1024-dimensional vectors.',
  }),
];
