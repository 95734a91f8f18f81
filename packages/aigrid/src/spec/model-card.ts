import type { ProviderType } from './provider-presets.js';

/** What a model is called for. */
export const MODEL_KINDS = ['chat', 'embedding'] as const;
export type ModelKind = (typeof MODEL_KINDS)[number];

/** Features a card can claim; each is true, false or null (not known). */
export const CAPABILITIES = ['tools', 'json_schema', 'json_object', 'streaming', 'vision', 'reasoning'] as const;
export type Capability = (typeof CAPABILITIES)[number];

/** Kinds of content a model reads or writes. */
export const MODALITIES = ['text', 'image', 'audio', 'video', 'pdf', 'embedding'] as const;
export type Modality = (typeof MODALITIES)[number];

/** Coarse regions every card uses; specific ones (`eu-west-1`) may be listed beside them. */
export const COARSE_REGIONS = ['us', 'eu', 'asia', 'global'] as const;

/**
 * Prices per million tokens in integer micro-USD (1 USD = 1,000,000). `null` is "not known" or "not
 * offered", never zero: a free local model is written as 0 on purpose.
 */
export interface CardPricing {
  readonly input: number | null;
  /** Reading input that is already in the provider's prompt cache. */
  readonly cachedInput: number | null;
  /** Writing input into the cache, where the provider charges for it (Anthropic's 5-minute write). */
  readonly cacheWrite: number | null;
  /** Output (chat) tokens; null for embedding models. */
  readonly output: number | null;
  /** Discount of the provider's batch API, in percent (50 = half price); null when none is known. */
  readonly batchDiscountPercent: number | null;
}

/** Where a card came from: the shipped data, a `model_card` block, or shipped data a block changed. */
export type CardOrigin = 'shipped' | 'config' | 'overridden';

/**
 * One offering: a model as one provider type serves it, with what it costs and can do there.
 * The same model at two hosts (Llama on Groq and on Bedrock) is two cards.
 */
export interface ModelCard {
  /** `<provider>/<model>`, e.g. `openai/gpt-4o` or `together/meta-llama/Llama-3.3-70B-Instruct-Turbo`. */
  readonly id: string;
  readonly provider: ProviderType;
  /** The provider's model id, as sent upstream. */
  readonly model: string;
  /** Other upstream ids that mean this offering (dated snapshots, `-latest` aliases). */
  readonly aliases: readonly string[];
  readonly name: string;
  /** Who made the model: `openai`, `meta`, `qwen`…; null when unknown. */
  readonly vendor: string | null;
  /** Model line, e.g. `gpt-4.1` or `llama-3.3`. */
  readonly family: string | null;
  readonly kind: ModelKind;
  readonly contextWindow: number | null;
  readonly maxOutputTokens: number | null;
  readonly modalities: { readonly input: readonly Modality[]; readonly output: readonly Modality[] };
  readonly capabilities: Readonly<Record<Capability, boolean | null>>;
  readonly pricing: CardPricing;
  /** Coarse regions (`us`, `eu`, `asia`, `global`) plus specific ones where known. */
  readonly regions: readonly string[];
  /** Dates as `YYYY-MM-DD`. */
  readonly released: string | null;
  /** Announced retirement (shutdown) date, if any. */
  readonly deprecated: string | null;
  /** When the source was read. */
  readonly checked: string | null;
  /** Page the facts came from. */
  readonly source: string | null;
  /** Caveats: tiered prices, promotions, facts that could not be confirmed. */
  readonly notes: string | null;
  readonly origin: CardOrigin;
}

/** Builds a card id from a provider type and model id. */
export function cardId(provider: string, model: string): string {
  return `${provider}/${model}`;
}

/** Splits `<provider>/<model>` at the first slash; model ids may contain more slashes. */
export function splitCardId(id: string): { provider: string; model: string } | undefined {
  const slash = id.indexOf('/');
  if (slash <= 0 || slash === id.length - 1) return undefined;
  return { provider: id.slice(0, slash), model: id.slice(slash + 1) };
}

/**
 * A `model_card "<provider>/<model>"` block from the config, already validated and with prices in
 * integer micro-USD. Fields left out keep the shipped card's value; `null` sets a value to unknown.
 */
export interface ModelCardOverride {
  /** The block label, `<provider>/<model>`. */
  readonly id: string;
  readonly provider: ProviderType;
  readonly model: string;
  readonly name?: string;
  readonly vendor?: string | null;
  readonly family?: string | null;
  readonly kind?: ModelKind;
  readonly aliases?: readonly string[];
  readonly contextWindow?: number | null;
  readonly maxOutputTokens?: number | null;
  readonly inputModalities?: readonly Modality[];
  readonly outputModalities?: readonly Modality[];
  /** The full set the model has: listed ones become true, the others false. */
  readonly capabilities?: readonly Capability[];
  readonly pricing?: Partial<CardPricing>;
  readonly regions?: readonly string[];
  readonly released?: string | null;
  readonly deprecated?: string | null;
  readonly checked?: string | null;
  readonly source?: string | null;
  readonly notes?: string | null;
}
