import { cardMaker } from '../card-builder.js';
import type { ModelCard } from '../../spec/model-card.js';

// Alibaba Qwen open-weight models as hosts serve them. Prices: integer micro-USD per million tokens.
// Together's figures come from a copy of its model list dated 2025-11-09; Groq's from a copy of its
// model table without a date.

const together = cardMaker({
  provider: 'together',
  vendor: 'qwen',
  regions: ['global'],
  checked: '2025-11-09',
  source: 'https://www.together.ai/pricing',
  notes: 'Serverless endpoint; region not stated in the sources read.',
});

export const QWEN_CARDS: readonly ModelCard[] = [
  together({
    model: 'Qwen/Qwen3-235B-A22B-Instruct-2507-tput',
    name: 'Qwen3 235B A22B Instruct 2507 (Together)',
    family: 'qwen3',
    contextWindow: 262_144,
    maxOutputTokens: 8_192,
    capabilities: { streaming: true, tools: true, reasoning: false },
    pricing: { input: 200_000, output: 600_000, batchDiscountPercent: 0 },
    released: '2025-07-21',
    notes: 'FP8 throughput endpoint. Together lists no batch discount for it (0%).',
  }),
  together({
    model: 'Qwen/Qwen2.5-72B-Instruct-Turbo',
    name: 'Qwen2.5 72B Instruct Turbo (Together)',
    family: 'qwen2.5',
    contextWindow: 32_768,
    maxOutputTokens: 8_192,
    capabilities: { streaming: true, tools: true, reasoning: false },
    pricing: { input: 1_200_000, output: 1_200_000, batchDiscountPercent: 50 },
  }),
  cardMaker({
    provider: 'groq',
    vendor: 'qwen',
    regions: ['global'],
    checked: '2026-11-22',
    source: 'https://groq.com/pricing',
  })({
    model: 'qwen/qwen3-32b',
    name: 'Qwen3 32B (Groq)',
    family: 'qwen3',
    contextWindow: 131_072,
    capabilities: { streaming: true, tools: true, reasoning: true },
    pricing: { input: 290_000, output: 590_000 },
    notes: 'GroqCloud does not let callers pick a region in the sources read.',
  }),
];
