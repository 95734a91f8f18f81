import { CHAT_BASICS, cardMaker } from '../card-builder.js';
import type { ModelCard } from '../../spec/model-card.js';

// OpenAI models, served by OpenAI itself and by Azure OpenAI. Prices: integer micro-USD per
// million tokens. Sources were read as stored copies; where a copy carried no date of its own,
// `checked` is the day we looked (2026-11-22). See docs/catalog.md for the sources policy.

const PRICING = 'https://developers.openai.com/api/docs/pricing';
const AZURE = 'https://azure.microsoft.com/en-us/pricing/details/cognitive-services/openai-service/';
const LOOKED = '2026-11-22';

const GPT = { ...CHAT_BASICS, json_schema: true, json_object: true, vision: true, reasoning: false };
const REASONING = { ...CHAT_BASICS, json_schema: true, vision: true, reasoning: true };
const IMAGE_IN = ['text', 'image'] as const;

/** OpenAI's API processes requests in its own infrastructure; EU residency needs an eligible project. */
const OPENAI_REGIONS = ['global'];
const OPENAI_NOTE = 'Served from OpenAI infrastructure; European data residency only for eligible, approved projects.';

const openai = cardMaker({ provider: 'openai', vendor: 'openai', regions: OPENAI_REGIONS, checked: LOOKED, source: PRICING, notes: OPENAI_NOTE });

export const OPENAI_CARDS: readonly ModelCard[] = [
  openai({
    model: 'gpt-4.1',
    name: 'GPT-4.1',
    family: 'gpt-4.1',
    aliases: ['gpt-4.1-2025-04-14'],
    contextWindow: 1_047_576,
    maxOutputTokens: 32_768,
    input: IMAGE_IN,
    capabilities: GPT,
    pricing: { input: 2_000_000, cachedInput: 500_000, output: 8_000_000, batchDiscountPercent: 50 },
    released: '2025-04-14',
  }),
  openai({
    model: 'gpt-4.1-mini',
    name: 'GPT-4.1 mini',
    family: 'gpt-4.1',
    aliases: ['gpt-4.1-mini-2025-04-14'],
    contextWindow: 1_047_576,
    maxOutputTokens: 32_768,
    input: IMAGE_IN,
    capabilities: GPT,
    pricing: { input: 400_000, cachedInput: 100_000, output: 1_600_000, batchDiscountPercent: 50 },
    released: '2025-04-14',
  }),
  openai({
    model: 'gpt-4.1-nano',
    name: 'GPT-4.1 nano',
    family: 'gpt-4.1',
    aliases: ['gpt-4.1-nano-2025-04-14'],
    contextWindow: 1_047_576,
    maxOutputTokens: 32_768,
    input: IMAGE_IN,
    capabilities: GPT,
    pricing: { input: 100_000, cachedInput: 25_000, output: 400_000, batchDiscountPercent: 50 },
    released: '2025-04-14',
  }),
  openai({
    model: 'gpt-4o',
    name: 'GPT-4o',
    family: 'gpt-4o',
    aliases: ['gpt-4o-2024-08-06', 'gpt-4o-2024-11-20'],
    contextWindow: 128_000,
    maxOutputTokens: 16_384,
    input: IMAGE_IN,
    capabilities: GPT,
    pricing: { input: 2_500_000, cachedInput: 1_250_000, output: 10_000_000, batchDiscountPercent: 50 },
    released: '2024-05-13',
  }),
  openai({
    model: 'gpt-4o-mini',
    name: 'GPT-4o mini',
    family: 'gpt-4o',
    aliases: ['gpt-4o-mini-2024-07-18'],
    contextWindow: 128_000,
    maxOutputTokens: 16_384,
    input: IMAGE_IN,
    capabilities: GPT,
    pricing: { input: 150_000, cachedInput: 75_000, output: 600_000, batchDiscountPercent: 50 },
    released: '2024-07-18',
  }),
  openai({
    model: 'o3',
    name: 'o3',
    family: 'o-series',
    aliases: ['o3-2025-04-16'],
    contextWindow: 200_000,
    maxOutputTokens: 100_000,
    input: IMAGE_IN,
    capabilities: REASONING,
    pricing: { input: 2_000_000, cachedInput: 500_000, output: 8_000_000, batchDiscountPercent: 50 },
    released: '2025-04-16',
    notes: `${OPENAI_NOTE} Price after the June 2025 cut (launch price was $10/$40). Reasoning tokens bill as output.`,
  }),
  openai({
    model: 'o4-mini',
    name: 'o4-mini',
    family: 'o-series',
    aliases: ['o4-mini-2025-04-16'],
    contextWindow: 200_000,
    maxOutputTokens: 100_000,
    input: IMAGE_IN,
    capabilities: REASONING,
    pricing: { input: 1_100_000, cachedInput: 275_000, output: 4_400_000, batchDiscountPercent: 50 },
    released: '2025-04-16',
  }),
  openai({
    model: 'gpt-5',
    name: 'GPT-5',
    family: 'gpt-5',
    aliases: ['gpt-5-2025-08-07'],
    contextWindow: 400_000,
    maxOutputTokens: 128_000,
    input: IMAGE_IN,
    capabilities: REASONING,
    pricing: { input: 1_250_000, cachedInput: 125_000, output: 10_000_000, batchDiscountPercent: 50 },
    released: '2025-08-07',
  }),
  openai({
    model: 'gpt-5-mini',
    name: 'GPT-5 mini',
    family: 'gpt-5',
    aliases: ['gpt-5-mini-2025-08-07'],
    contextWindow: 400_000,
    maxOutputTokens: 128_000,
    input: IMAGE_IN,
    capabilities: REASONING,
    pricing: { input: 250_000, cachedInput: 25_000, output: 2_000_000, batchDiscountPercent: 50 },
    released: '2025-08-07',
  }),
  openai({
    model: 'gpt-5-nano',
    name: 'GPT-5 nano',
    family: 'gpt-5',
    aliases: ['gpt-5-nano-2025-08-07'],
    contextWindow: 400_000,
    maxOutputTokens: 128_000,
    input: IMAGE_IN,
    capabilities: REASONING,
    pricing: { input: 50_000, cachedInput: 5_000, output: 400_000, batchDiscountPercent: 50 },
    released: '2025-08-07',
    source: 'https://developers.openai.com/api/docs/models/gpt-5-nano',
    notes: `${OPENAI_NOTE} The model page marks it deprecated; no shutdown date was published there.`,
  }),
  openai({
    model: 'gpt-5.4',
    name: 'GPT-5.4',
    family: 'gpt-5.4',
    contextWindow: 1_050_000,
    maxOutputTokens: 128_000,
    input: IMAGE_IN,
    capabilities: REASONING,
    pricing: { input: 2_500_000, cachedInput: 250_000, output: 15_000_000, batchDiscountPercent: 50 },
    released: '2026-03-05',
    checked: '2026-05-04',
    notes: `${OPENAI_NOTE} Prompts over 272K input tokens bill at 2x input and 1.5x output for the session.`,
  }),
  openai({
    model: 'gpt-5.4-mini',
    name: 'GPT-5.4 mini',
    family: 'gpt-5.4',
    contextWindow: 400_000,
    maxOutputTokens: 128_000,
    input: IMAGE_IN,
    capabilities: REASONING,
    pricing: { input: 750_000, cachedInput: 75_000, output: 4_500_000, batchDiscountPercent: 50 },
    released: '2026-03-17',
    checked: '2026-05-04',
  }),
  openai({
    model: 'text-embedding-3-small',
    name: 'text-embedding-3-small',
    family: 'text-embedding-3',
    kind: 'embedding',
    contextWindow: 8_191,
    pricing: { input: 20_000, batchDiscountPercent: 50 },
    released: '2024-01-25',
  }),
  openai({
    model: 'text-embedding-3-large',
    name: 'text-embedding-3-large',
    family: 'text-embedding-3',
    kind: 'embedding',
    contextWindow: 8_191,
    pricing: { input: 130_000, batchDiscountPercent: 50 },
    released: '2024-01-25',
  }),
];

// Azure OpenAI: the Global Standard price matches OpenAI's list price; Data Zone (EU/US) and
// regional deployments are priced separately. Azure calls models by deployment name, so a config
// usually links them with `card = "azure/<model>"`.
const AZURE_NOTE =
  'Global Standard deployment price, which third-party listings show equal to OpenAI list price. Data Zone EU/US and regional deployments cost more and are not captured here.';
const azure = cardMaker({ provider: 'azure', vendor: 'openai', regions: ['global', 'us', 'eu'], checked: LOOKED, source: AZURE, notes: AZURE_NOTE });

export const AZURE_OPENAI_CARDS: readonly ModelCard[] = [
  azure({
    model: 'gpt-4.1',
    name: 'GPT-4.1 (Azure)',
    family: 'gpt-4.1',
    contextWindow: 1_047_576,
    maxOutputTokens: 32_768,
    input: IMAGE_IN,
    capabilities: GPT,
    pricing: { input: 2_000_000, cachedInput: 500_000, output: 8_000_000, batchDiscountPercent: 50 },
    released: '2025-04-14',
  }),
  azure({
    model: 'gpt-4.1-mini',
    name: 'GPT-4.1 mini (Azure)',
    family: 'gpt-4.1',
    contextWindow: 1_047_576,
    maxOutputTokens: 32_768,
    input: IMAGE_IN,
    capabilities: GPT,
    pricing: { input: 400_000, cachedInput: 100_000, output: 1_600_000, batchDiscountPercent: 50 },
    released: '2025-04-14',
  }),
  azure({
    model: 'gpt-4o-mini',
    name: 'GPT-4o mini (Azure)',
    family: 'gpt-4o',
    contextWindow: 128_000,
    maxOutputTokens: 16_384,
    input: IMAGE_IN,
    capabilities: GPT,
    pricing: { input: 150_000, cachedInput: 75_000, output: 600_000, batchDiscountPercent: 50 },
    released: '2024-07-18',
  }),
  azure({
    model: 'o4-mini',
    name: 'o4-mini (Azure)',
    family: 'o-series',
    contextWindow: 200_000,
    maxOutputTokens: 100_000,
    input: IMAGE_IN,
    capabilities: REASONING,
    pricing: { input: 1_100_000, cachedInput: 275_000, output: 4_400_000, batchDiscountPercent: 50 },
    released: '2025-04-16',
  }),
];
