import { CHAT_BASICS, cardMaker } from '../card-builder.js';
import type { ModelCard } from '../../spec/model-card.js';

// Anthropic Claude on the Claude API. Prices: integer micro-USD per million tokens; `cacheWrite`
// is the default 5-minute cache write (1-hour writes cost more). Read from Anthropic's model
// overview and pricing pages as stored copies; undated copies carry the day we looked.

const PRICING = 'https://platform.claude.com/docs/en/about-claude/pricing';
const overview = (slug: string) => `https://platform.claude.com/docs/en/models/${slug}/overview`;
const LOOKED = '2026-11-22';

// Structured outputs and JSON mode are not stated on the overview pages read: left unknown.
const CLAUDE = { ...CHAT_BASICS, vision: true, reasoning: true };
const IMAGE_IN = ['text', 'image'] as const;

const claude = cardMaker({ provider: 'anthropic', vendor: 'anthropic', regions: ['global'], checked: LOOKED, source: PRICING, input: IMAGE_IN, capabilities: CLAUDE });

export const ANTHROPIC_CARDS: readonly ModelCard[] = [
  claude({
    model: 'claude-opus-5-5',
    name: 'Claude Opus 5.5',
    family: 'claude-opus',
    contextWindow: 1_000_000,
    maxOutputTokens: 128_000,
    pricing: { input: 4_000_000, cacheWrite: 5_000_000, cachedInput: 200_000, output: 20_000_000, batchDiscountPercent: 50 },
    released: '2026-09-22',
    source: overview('opus-5-5'),
    notes: 'Thinking is always on. 1-hour cache writes: $8/MTok.',
  }),
  claude({
    model: 'claude-sonnet-5-5',
    name: 'Claude Sonnet 5.5',
    family: 'claude-sonnet',
    contextWindow: 1_000_000,
    maxOutputTokens: 128_000,
    pricing: { input: 2_000_000, cacheWrite: 2_500_000, cachedInput: 100_000, output: 10_000_000, batchDiscountPercent: 50 },
    released: '2026-09-28',
    source: overview('sonnet-5-5'),
    notes:
      'Cache reads cut from $0.20 to $0.10/MTok on 2026-10-07 (reported by two pricing trackers; some copies of the overview page still show $0.20). Release date from a third-party model page. 1-hour cache writes: $4/MTok.',
  }),
  claude({
    model: 'claude-haiku-5-5',
    name: 'Claude Haiku 5.5',
    family: 'claude-haiku',
    contextWindow: 1_000_000,
    maxOutputTokens: 128_000,
    pricing: { input: 100_000, cacheWrite: 125_000, cachedInput: 10_000, output: 500_000, batchDiscountPercent: 50 },
    released: '2026-10-07',
    source: overview('haiku-5-5'),
    notes:
      'Prices shown are for prompts up to 100,000 tokens. Longer prompts bill every token of the request at $0.50 input, $0.625 cache write, $0.05 cache read and $2.50 output per MTok.',
  }),
  claude({
    model: 'claude-opus-5',
    name: 'Claude Opus 5',
    family: 'claude-opus',
    contextWindow: 1_000_000,
    maxOutputTokens: 128_000,
    pricing: { input: 5_000_000, cacheWrite: 6_250_000, cachedInput: 500_000, output: 25_000_000, batchDiscountPercent: 50 },
    released: '2026-07-24',
    source: overview('opus-5'),
    notes: 'Legacy since Opus 5.5; retirement "not sooner than July 24, 2027" (no date announced).',
  }),
  claude({
    model: 'claude-haiku-4-5',
    name: 'Claude Haiku 4.5',
    family: 'claude-haiku',
    aliases: ['claude-haiku-4-5-20251001'],
    contextWindow: 200_000,
    maxOutputTokens: 64_000,
    pricing: { input: 1_000_000, cacheWrite: 1_250_000, cachedInput: 100_000, output: 5_000_000, batchDiscountPercent: 50 },
    released: '2025-10-15',
    notes: 'Extended thinking (opt-in) rather than adaptive thinking.',
  }),
];
