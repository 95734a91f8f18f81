import { cardMaker } from '../card-builder.js';
import type { ModelCard } from '../../spec/model-card.js';

// DeepSeek's own API. Prices: integer micro-USD per million tokens; `cachedInput` is DeepSeek's
// "cache hit" price, `input` the "cache miss" price. Figures as of DeepSeek's 2025-12 price list
// (DeepSeek-V3.2). 2026 material mentions DeepSeek V4 behind the same ids; its prices could not be
// confirmed from DeepSeek's own page, so re-check before relying on these.

const deepseek = cardMaker({
  provider: 'deepseek',
  vendor: 'deepseek',
  family: 'deepseek-v3',
  regions: ['asia'],
  checked: '2025-12-09',
  source: 'https://api-docs.deepseek.com/quick_start/pricing',
  contextWindow: 128_000,
});

export const DEEPSEEK_CARDS: readonly ModelCard[] = [
  deepseek({
    model: 'deepseek-chat',
    name: 'DeepSeek V3.2 (chat)',
    maxOutputTokens: 8_192,
    capabilities: { streaming: true, tools: true, json_object: true, reasoning: false, vision: false },
    pricing: { input: 280_000, cachedInput: 28_000, output: 420_000 },
    notes: 'Non-thinking mode. Served from DeepSeek infrastructure in China. No batch API.',
  }),
  deepseek({
    model: 'deepseek-reasoner',
    name: 'DeepSeek V3.2 (reasoner)',
    maxOutputTokens: 65_536,
    capabilities: { streaming: true, tools: true, json_object: true, reasoning: true, vision: false },
    pricing: { input: 280_000, cachedInput: 28_000, output: 420_000 },
    notes: 'Thinking mode (successor of R1); reasoning tokens bill as output. Served from DeepSeek infrastructure in China.',
  }),
];
