import { z } from 'zod';
import { CAPABILITIES, MODALITIES, MODEL_KINDS, splitCardId, type ModelCardOverride } from '../spec/model-card.js';
import { MAX_PRICE_USD, usdToMicros } from '../spec/usd-micros.js';
import { PROVIDER_TYPES, type ProviderType } from '../spec/provider-presets.js';
import type { BlockIssue } from './block-issue.js';
import type { ShippedCardName } from './config-types.js';
import { didYouMean } from './name-suggestion.js';

// `model_card "<provider>/<model>" { … }`: overrides a shipped card (a negotiated price) or
// describes a model aigrid ships nothing about (a local one). Prices are written as USD per
// million tokens and converted once, here, to integer micro-USD, rounding half-up.

/** USD per million tokens as a decimal; null sets the price to unknown. */
const price = z.number().min(0).max(MAX_PRICE_USD).nullable().optional();
const tokens = z.number().int().min(1).nullable().optional();
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD').nullable().optional();
const text = z.string().min(1);

export const modelCardSchema = z.strictObject({
  name: text.optional(),
  vendor: text.nullable().optional(),
  family: text.nullable().optional(),
  kind: z.enum(MODEL_KINDS).optional(),
  aliases: z.array(text).optional(),
  context_window: tokens,
  max_output_tokens: tokens,
  input_modalities: z.array(z.enum(MODALITIES)).optional(),
  output_modalities: z.array(z.enum(MODALITIES)).optional(),
  capabilities: z.array(z.enum(CAPABILITIES)).optional(),
  input_price: price,
  cached_input_price: price,
  cache_write_price: price,
  output_price: price,
  batch_discount_percent: z.number().int().min(0).max(100).nullable().optional(),
  regions: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case, e.g. "eu" or "eu-west-1"')).optional(),
  released: day,
  deprecated: day,
  checked: day,
  source: text.nullable().optional(),
  notes: text.nullable().optional(),
});

export type ModelCardBlock = z.output<typeof modelCardSchema>;

/** USD per million tokens to micro-USD; null and undefined pass through. */
function micros(value: number | null | undefined): number | null | undefined {
  return value === null || value === undefined ? value : usdToMicros(value);
}

/** Drops undefined entries so that "not written" stays distinguishable from "written". */
function defined<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}

/** Maps a validated block to the override the catalog applies. */
export function buildModelCard(body: ModelCardBlock, label: string): ModelCardOverride {
  const parts = splitCardId(label);
  return defined({
    id: label,
    provider: (parts?.provider ?? label) as ProviderType,
    model: parts?.model ?? '',
    name: body.name,
    vendor: body.vendor,
    family: body.family,
    kind: body.kind,
    aliases: body.aliases,
    contextWindow: body.context_window,
    maxOutputTokens: body.max_output_tokens,
    inputModalities: body.input_modalities,
    outputModalities: body.output_modalities,
    capabilities: body.capabilities,
    pricing: defined({
      input: micros(body.input_price),
      cachedInput: micros(body.cached_input_price),
      cacheWrite: micros(body.cache_write_price),
      output: micros(body.output_price),
      batchDiscountPercent: body.batch_discount_percent,
    }),
    regions: body.regions,
    released: body.released,
    deprecated: body.deprecated,
    checked: body.checked,
    source: body.source,
    notes: body.notes,
  });
}

/** The label must read `<provider type>/<model id>`. */
export function checkModelCardLabel(card: ModelCardOverride): BlockIssue[] {
  const parts = splitCardId(card.id);
  if (parts === undefined) {
    return [{ path: [], message: `model_card "${card.id}": the label must be "<provider>/<model-id>"`, hint: 'e.g. model_card "openai/gpt-4o" { … }' }];
  }
  if ((PROVIDER_TYPES as readonly string[]).includes(parts.provider)) return [];
  return [
    {
      path: [],
      message: `model_card "${card.id}": "${parts.provider}" is not a provider type`,
      hint: didYouMean(parts.provider, PROVIDER_TYPES) ?? `provider types: ${PROVIDER_TYPES.join(', ')}`,
    },
  ];
}

/** Ids a model's `card` attribute may name: shipped cards and the config's `model_card` labels. */
export function knownCardIds(modelCards: Readonly<Record<string, unknown>>, shipped: readonly ShippedCardName[]): string[] {
  return [...shipped.map((card) => card.id), ...Object.keys(modelCards)];
}

/**
 * Checks a model's `card = "…"` names a card that exists (aliases count). Skipped when the
 * shipped cards were not handed in: the catalog then refuses an unknown card itself.
 */
export function checkCardReference(
  model: string,
  card: string,
  modelCards: Readonly<Record<string, unknown>>,
  shipped: readonly ShippedCardName[] | undefined,
): BlockIssue[] {
  if (shipped === undefined) return [];
  const known = knownCardIds(modelCards, shipped);
  if (known.includes(card)) return [];
  const parts = splitCardId(card);
  const aliased = parts !== undefined && shipped.some((shipped) => shipped.provider === parts.provider && shipped.aliases.includes(parts.model));
  if (aliased) return [];
  return [
    {
      path: ['card'],
      message: `model "${model}": card "${card}" is neither shipped nor declared with a model_card block`,
      hint: didYouMean(card, known) ?? `declare it: model_card "${card}" { … }`,
    },
  ];
}
