import { cardMaker } from '../card-builder.js';
import type { ModelCard } from '../../spec/model-card.js';

// Cohere embedding models on Amazon Bedrock. Prices: integer micro-USD per million tokens
// (Bedrock's $0.0001 per 1,000 input tokens). Cohere's own API is not a provider type here.

export const COHERE_CARDS: readonly ModelCard[] = [
  cardMaker({ provider: 'bedrock', vendor: 'cohere', regions: ['us', 'eu', 'asia'], checked: '2026-11-22', source: 'https://aws.amazon.com/bedrock/pricing/' })({
    model: 'cohere.embed-english-v3',
    name: 'Cohere Embed English v3 (Bedrock)',
    family: 'cohere-embed-v3',
    kind: 'embedding',
    contextWindow: 512,
    pricing: { input: 100_000 },
    notes: '1024 dimensions. Region availability from an AWS-focused write-up (12 regions for the multilingual variant); not re-checked per region.',
  }),
];
