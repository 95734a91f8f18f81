import { AMAZON_CARDS } from './cards/amazon-cards.js';
import { ANTHROPIC_CARDS } from './cards/anthropic-cards.js';
import { COHERE_CARDS } from './cards/cohere-cards.js';
import { DEEPSEEK_CARDS } from './cards/deepseek-cards.js';
import { GOOGLE_CARDS } from './cards/google-cards.js';
import { META_CARDS } from './cards/meta-cards.js';
import { MISTRAL_CARDS } from './cards/mistral-cards.js';
import { AZURE_OPENAI_CARDS, OPENAI_CARDS } from './cards/openai-cards.js';
import { QWEN_CARDS } from './cards/qwen-cards.js';
import type { ModelCard } from '../spec/model-card.js';

/** Every card aigrid ships with, one data module per vendor; a config `model_card` block adds or changes them. */
export const SHIPPED_CARDS: readonly ModelCard[] = Object.freeze([
  ...OPENAI_CARDS,
  ...AZURE_OPENAI_CARDS,
  ...ANTHROPIC_CARDS,
  ...GOOGLE_CARDS,
  ...MISTRAL_CARDS,
  ...META_CARDS,
  ...DEEPSEEK_CARDS,
  ...QWEN_CARDS,
  ...AMAZON_CARDS,
  ...COHERE_CARDS,
]);
