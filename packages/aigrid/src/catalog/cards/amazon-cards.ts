import { cardMaker } from '../card-builder.js';
import type { ModelCard } from '../../spec/model-card.js';

// Amazon's own models on Bedrock. Prices: integer micro-USD per million tokens, transcribed from the
// Bedrock pricing page (US East) on 2025-07-20 and cross-checked against code that quotes it.

export const AMAZON_CARDS: readonly ModelCard[] = [
  cardMaker({ provider: 'bedrock', vendor: 'amazon', regions: ['us', 'eu', 'asia'], checked: '2025-07-20', source: 'https://aws.amazon.com/bedrock/pricing/' })({
    model: 'amazon.titan-embed-text-v2:0',
    name: 'Titan Text Embeddings V2',
    family: 'titan-embed',
    kind: 'embedding',
    contextWindow: 8_192,
    pricing: { input: 20_000 },
    notes: 'Offered in many AWS regions across the US, Europe and Asia; check the region list for yours. 256, 512 or 1024 dimensions.',
  }),
];
