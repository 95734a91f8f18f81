import type { CardPricing, ModelCard } from '../spec/model-card.js';

/** A card's prices on the wire: integer micro-USD per million tokens; null where unknown. */
export interface PricingJson {
  readonly currency: 'USD';
  readonly input_per_mtok_micros: number | null;
  readonly cached_input_per_mtok_micros: number | null;
  readonly cache_write_per_mtok_micros: number | null;
  readonly output_per_mtok_micros: number | null;
  readonly batch_discount_percent: number | null;
}

/** Prices in the shape the API and `--json` use. */
export function pricingToJson(pricing: CardPricing): PricingJson {
  return {
    currency: 'USD',
    input_per_mtok_micros: pricing.input,
    cached_input_per_mtok_micros: pricing.cachedInput,
    cache_write_per_mtok_micros: pricing.cacheWrite,
    output_per_mtok_micros: pricing.output,
    batch_discount_percent: pricing.batchDiscountPercent,
  };
}

/**
 * A card as `GET /v1/catalog` and `aigrid models … --json` show it (snake_case, like the rest of
 * the API). `configuredModels` are the configured model names linked to it that the caller may see.
 */
export function cardToJson(card: ModelCard, configuredModels: readonly string[] = []) {
  return {
    id: card.id,
    object: 'model_card' as const,
    provider: card.provider,
    model: card.model,
    aliases: card.aliases,
    name: card.name,
    vendor: card.vendor,
    family: card.family,
    kind: card.kind,
    context_window: card.contextWindow,
    max_output_tokens: card.maxOutputTokens,
    modalities: { input: card.modalities.input, output: card.modalities.output },
    capabilities: card.capabilities,
    pricing: pricingToJson(card.pricing),
    regions: card.regions,
    released: card.released,
    deprecated: card.deprecated,
    checked: card.checked,
    source: card.source,
    notes: card.notes,
    origin: card.origin,
    configured_models: configuredModels,
  };
}

export type CardJson = ReturnType<typeof cardToJson>;
