import { CHAT_BASICS, cardMaker } from '../card-builder.js';
import type { ModelCard } from '../../spec/model-card.js';

// Google Gemini on the Gemini Developer API (provider type `gemini`; Vertex AI is not covered).
// Prices: integer micro-USD per million tokens, paid tier, text/image/video input. Read from a
// transcription of Google's pricing page dated 2026-09-20 and from the deprecations page as quoted
// on 2026-11-10; the Developer API does not let callers pin a region, hence `global`.

const PRICING = 'https://ai.google.dev/gemini-api/docs/pricing';
const PRICES_READ = '2026-09-20';

const GEMINI = { ...CHAT_BASICS, json_schema: true, vision: true, reasoning: true };
const MULTIMODAL_IN = ['text', 'image', 'audio', 'video', 'pdf'] as const;
const SHUTDOWN_NOTE = 'Shutdown 2026-12-01 per the Gemini deprecations page (read 2026-11-10); requests are then routed to a replacement billed at its rates.';

const gemini = cardMaker({ provider: 'gemini', vendor: 'google', regions: ['global'], checked: PRICES_READ, source: PRICING });

export const GOOGLE_CARDS: readonly ModelCard[] = [
  gemini({
    model: 'gemini-2.5-pro',
    name: 'Gemini 2.5 Pro',
    family: 'gemini-2.5',
    contextWindow: 1_048_576,
    maxOutputTokens: 65_536,
    input: MULTIMODAL_IN,
    capabilities: GEMINI,
    pricing: { input: 1_250_000, cachedInput: 125_000, output: 10_000_000, batchDiscountPercent: 50 },
    released: '2025-06-17',
    deprecated: '2026-12-01',
    notes: `Prices for prompts up to 200K tokens; longer prompts: $2.50 input, $0.25 cached, $15 output per MTok. ${SHUTDOWN_NOTE}`,
  }),
  gemini({
    model: 'gemini-2.5-flash',
    name: 'Gemini 2.5 Flash',
    family: 'gemini-2.5',
    contextWindow: 1_048_576,
    maxOutputTokens: 65_536,
    input: MULTIMODAL_IN,
    capabilities: GEMINI,
    pricing: { input: 300_000, cachedInput: 30_000, output: 2_500_000, batchDiscountPercent: 50 },
    released: '2025-06-17',
    deprecated: '2026-12-01',
    notes: `Audio input costs $1.00/MTok. ${SHUTDOWN_NOTE}`,
  }),
  gemini({
    model: 'gemini-2.5-flash-lite',
    name: 'Gemini 2.5 Flash-Lite',
    family: 'gemini-2.5',
    contextWindow: 1_048_576,
    maxOutputTokens: 65_536,
    input: MULTIMODAL_IN,
    capabilities: GEMINI,
    pricing: { input: 100_000, cachedInput: 10_000, output: 400_000, batchDiscountPercent: 50 },
    released: '2025-07-22',
    notes: 'Not deprecated as of 2026-11-10 ("remains available until further notice").',
  }),
  gemini({
    model: 'gemini-3.8-flash',
    name: 'Gemini 3.8 Flash',
    family: 'gemini-3.8',
    pricing: { input: 750_000, output: 3_750_000, batchDiscountPercent: 50 },
    notes:
      'Promotional price through 2026-12-31; from 2027-01-01 $1.50 input / $7.50 output per MTok (thinking tokens included in output). Context, limits and capabilities were not in the sources read.',
  }),
  gemini({
    model: 'gemini-embedding-001',
    name: 'Gemini Embedding',
    family: 'gemini-embedding',
    kind: 'embedding',
    contextWindow: 2_048,
    pricing: { input: 150_000 },
    released: '2025-07-14',
    checked: '2026-11-22',
  }),
];
