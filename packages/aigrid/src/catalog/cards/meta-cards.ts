import { cardMaker } from '../card-builder.js';
import type { ModelCard } from '../../spec/model-card.js';

// Meta Llama, open weights, as three hosts serve it: Groq, Together AI and Amazon Bedrock. Prices:
// integer micro-USD per million tokens. Hosts differ in price, context and limits, so each offering
// is its own card.

const LLAMA = { streaming: true, tools: true };

const groq = cardMaker({
  provider: 'groq',
  vendor: 'meta',
  regions: ['global'],
  checked: '2026-11-22',
  source: 'https://groq.com/pricing',
  notes: 'GroqCloud does not let callers pick a region in the sources read.',
});

const together = cardMaker({
  provider: 'together',
  vendor: 'meta',
  regions: ['global'],
  checked: '2025-11-09',
  source: 'https://www.together.ai/pricing',
  notes: 'Serverless endpoint; region not stated in the sources read.',
});

// Prices transcribed from the Bedrock pricing page on 2025-07-20 (US East, N. Virginia). Bedrock
// bills in the region of the request; other regions may differ.
const bedrock = cardMaker({ provider: 'bedrock', vendor: 'meta', regions: ['us'], checked: '2025-07-20', source: 'https://aws.amazon.com/bedrock/pricing/' });

export const META_CARDS: readonly ModelCard[] = [
  groq({
    model: 'llama-3.3-70b-versatile',
    name: 'Llama 3.3 70B (Groq)',
    family: 'llama-3.3',
    contextWindow: 131_072,
    maxOutputTokens: 32_768,
    capabilities: { ...LLAMA, json_object: true },
    pricing: { input: 590_000, output: 790_000 },
    released: '2024-12-06',
    notes: 'A third-party price tracker reported Groq retiring this model by 2026-10-03; not confirmed on Groq\'s own pages.',
  }),
  groq({
    model: 'meta-llama/llama-4-scout-17b-16e-instruct',
    name: 'Llama 4 Scout (Groq)',
    family: 'llama-4',
    contextWindow: 131_072,
    maxOutputTokens: 8_192,
    input: ['text', 'image'],
    capabilities: { ...LLAMA, vision: true },
    pricing: { input: 110_000, output: 340_000 },
    released: '2025-04-05',
  }),
  together({
    model: 'meta-llama/Llama-3.3-70B-Instruct-Turbo',
    name: 'Llama 3.3 70B Instruct Turbo (Together)',
    family: 'llama-3.3',
    contextWindow: 131_072,
    maxOutputTokens: 8_192,
    capabilities: LLAMA,
    pricing: { input: 880_000, output: 880_000, batchDiscountPercent: 50 },
    released: '2024-12-06',
  }),
  together({
    model: 'meta-llama/Llama-4-Scout-17B-16E-Instruct',
    name: 'Llama 4 Scout (Together)',
    family: 'llama-4',
    contextWindow: 1_048_576,
    maxOutputTokens: 8_192,
    capabilities: LLAMA,
    pricing: { input: 180_000, output: 590_000, batchDiscountPercent: 50 },
    released: '2025-04-05',
  }),
  bedrock({
    model: 'meta.llama3-3-70b-instruct-v1:0',
    name: 'Llama 3.3 70B Instruct (Bedrock)',
    family: 'llama-3.3',
    aliases: ['us.meta.llama3-3-70b-instruct-v1:0'],
    contextWindow: 128_000,
    capabilities: LLAMA,
    pricing: { input: 720_000, output: 720_000, batchDiscountPercent: 50 },
    released: '2024-12-06',
    notes: 'Offered in US regions; the us. cross-region profile may route within the US.',
  }),
  bedrock({
    model: 'meta.llama4-scout-17b-instruct-v1:0',
    name: 'Llama 4 Scout (Bedrock)',
    family: 'llama-4',
    aliases: ['us.meta.llama4-scout-17b-instruct-v1:0'],
    input: ['text', 'image'],
    capabilities: { ...LLAMA, vision: true },
    pricing: { input: 170_000, output: 660_000, batchDiscountPercent: 50 },
    released: '2025-04-05',
    notes: 'Context window on Bedrock not confirmed in the sources read.',
  }),
];
