import { CAPABILITIES, type Capability, type CardPricing, type ModelCard, type ModelCardOverride } from '../spec/model-card.js';

export type { ModelCardOverride } from '../spec/model-card.js';

/** An empty card for a model aigrid ships nothing about (a local model); everything is unknown. */
function blankCard(override: ModelCardOverride): ModelCard {
  const kind = override.kind ?? 'chat';
  return {
    id: override.id,
    provider: override.provider,
    model: override.model,
    aliases: [],
    name: override.model,
    vendor: null,
    family: null,
    kind,
    contextWindow: null,
    maxOutputTokens: null,
    modalities: { input: ['text'], output: [kind === 'embedding' ? 'embedding' : 'text'] },
    capabilities: Object.fromEntries(CAPABILITIES.map((name) => [name, null])) as Record<Capability, null>,
    pricing: { input: null, cachedInput: null, cacheWrite: null, output: null, batchDiscountPercent: null },
    regions: [],
    released: null,
    deprecated: null,
    checked: null,
    source: null,
    notes: null,
    origin: 'config',
  };
}

/** `value` when the override wrote it (null included), else the base value. */
const pick = <T>(value: T | undefined, base: T): T => (value === undefined ? base : value);

/**
 * Applies a config override to the shipped card with the same id, or builds a new card from it.
 * The result is frozen.
 */
export function applyOverride(base: ModelCard | undefined, override: ModelCardOverride): ModelCard {
  const card = base ?? blankCard(override);
  const capabilities =
    override.capabilities === undefined
      ? card.capabilities
      : (Object.fromEntries(CAPABILITIES.map((name) => [name, override.capabilities!.includes(name)])) as Record<Capability, boolean>);
  const pricing = { ...card.pricing };
  for (const [key, value] of Object.entries(override.pricing ?? {}) as [keyof CardPricing, number | null | undefined][]) {
    if (value !== undefined) pricing[key] = value;
  }
  return Object.freeze({
    ...card,
    name: pick(override.name, card.name),
    vendor: pick(override.vendor, card.vendor),
    family: pick(override.family, card.family),
    kind: pick(override.kind, card.kind),
    aliases: pick(override.aliases, card.aliases),
    contextWindow: pick(override.contextWindow, card.contextWindow),
    maxOutputTokens: pick(override.maxOutputTokens, card.maxOutputTokens),
    modalities: {
      input: pick(override.inputModalities, card.modalities.input),
      output: pick(override.outputModalities, card.modalities.output),
    },
    capabilities,
    pricing,
    regions: pick(override.regions, card.regions),
    released: pick(override.released, card.released),
    deprecated: pick(override.deprecated, card.deprecated),
    checked: pick(override.checked, card.checked),
    source: pick(override.source, card.source),
    notes: pick(override.notes, card.notes),
    origin: base === undefined ? 'config' : 'overridden',
  });
}
