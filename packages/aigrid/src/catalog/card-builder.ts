import type { ProviderType } from '../spec/provider-presets.js';
import { CAPABILITIES, cardId, type Capability, type CardPricing, type Modality, type ModelCard, type ModelKind } from '../spec/model-card.js';

/**
 * What a data module writes for one shipped card. Anything left out is unknown (null or empty),
 * never a default that looks like a fact. Prices are integer micro-USD per million tokens.
 */
export interface CardSpec {
  readonly provider: ProviderType;
  readonly model: string;
  readonly name: string;
  readonly vendor: string;
  readonly family?: string;
  readonly kind?: ModelKind;
  readonly aliases?: readonly string[];
  readonly contextWindow?: number;
  readonly maxOutputTokens?: number;
  readonly input?: readonly Modality[];
  readonly output?: readonly Modality[];
  /** Capabilities the source confirms; listed as `false` where it denies them, unlisted = unknown. */
  readonly capabilities?: Partial<Record<Capability, boolean>>;
  readonly pricing: Partial<CardPricing>;
  readonly regions: readonly string[];
  readonly released?: string;
  readonly deprecated?: string;
  readonly checked: string;
  readonly source: string;
  readonly notes?: string;
}

/** Capabilities a current chat model served over a streaming API has, as a starting set. */
export const CHAT_BASICS: Partial<Record<Capability, boolean>> = { streaming: true, tools: true };

/** Turns a data-module spec into a frozen card. */
export function defineCard(spec: CardSpec): ModelCard {
  const kind = spec.kind ?? 'chat';
  const capabilities = Object.fromEntries(CAPABILITIES.map((name) => [name, spec.capabilities?.[name] ?? null])) as Record<Capability, boolean | null>;
  return Object.freeze({
    id: cardId(spec.provider, spec.model),
    provider: spec.provider,
    model: spec.model,
    aliases: Object.freeze([...(spec.aliases ?? [])]),
    name: spec.name,
    vendor: spec.vendor,
    family: spec.family ?? null,
    kind,
    contextWindow: spec.contextWindow ?? null,
    maxOutputTokens: spec.maxOutputTokens ?? null,
    modalities: Object.freeze({
      input: Object.freeze([...(spec.input ?? ['text'])]),
      output: Object.freeze([...(spec.output ?? [kind === 'embedding' ? 'embedding' : 'text'])]),
    }),
    capabilities: Object.freeze(capabilities),
    pricing: Object.freeze({
      input: spec.pricing.input ?? null,
      cachedInput: spec.pricing.cachedInput ?? null,
      cacheWrite: spec.pricing.cacheWrite ?? null,
      output: spec.pricing.output ?? null,
      batchDiscountPercent: spec.pricing.batchDiscountPercent ?? null,
    }),
    regions: Object.freeze([...spec.regions]),
    released: spec.released ?? null,
    deprecated: spec.deprecated ?? null,
    checked: spec.checked,
    source: spec.source,
    notes: spec.notes ?? null,
    origin: 'shipped',
  });
}

/** A card written in a vendor file: the file's shared defaults fill the rest. */
export type CardDraft = Pick<CardSpec, 'model' | 'name' | 'pricing'> & Partial<CardSpec>;

/** What every card of one file shares: at least provider, vendor, regions, checked and source. */
export type CardDefaults = Pick<CardSpec, 'provider' | 'vendor' | 'regions' | 'checked' | 'source'> & Partial<CardSpec>;

/** Returns a card maker that fills a file's shared defaults; a draft's own fields win. */
export function cardMaker(defaults: CardDefaults): (draft: CardDraft) => ModelCard {
  return (draft) => defineCard({ ...defaults, ...draft });
}
