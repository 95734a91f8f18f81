import type { ProviderType } from '../spec/provider-presets.js';
import type { Capability, ModelCard, ModelKind } from '../spec/model-card.js';

/** Orders a listing can take; prices ascend, context and release date descend (biggest, newest first). */
export const SORT_KEYS = ['input-price', 'output-price', 'context', 'name', 'released'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/**
 * A catalog question. Every filter that is set must hold; a card whose value for a filtered field
 * is unknown does not match (unknown is not zero: an unpriced model is not "under $1").
 */
export interface CatalogQuery {
  /** All of these must be true on the card. */
  readonly capabilities?: readonly Capability[];
  /** Highest input price accepted, micro-USD per million tokens, inclusive. */
  readonly maxInputPriceMicros?: number;
  readonly minContext?: number;
  /** A region the card lists: a coarse one (`eu`) or a specific one (`eu-west-1`). */
  readonly region?: string;
  readonly provider?: ProviderType;
  readonly vendor?: string;
  readonly kind?: ModelKind;
  /** Only cards linked to a configured model (the catalog decides which are). */
  readonly configured?: boolean;
  readonly sort?: SortKey;
}

/** Whether a card passes every filter of the query (`configured` is checked by the catalog). */
export function matchesQuery(card: ModelCard, query: CatalogQuery): boolean {
  if (query.capabilities?.some((capability) => card.capabilities[capability] !== true)) return false;
  if (query.maxInputPriceMicros !== undefined && !(card.pricing.input !== null && card.pricing.input <= query.maxInputPriceMicros)) return false;
  if (query.minContext !== undefined && !(card.contextWindow !== null && card.contextWindow >= query.minContext)) return false;
  if (query.region !== undefined && !card.regions.includes(query.region)) return false;
  if (query.provider !== undefined && card.provider !== query.provider) return false;
  if (query.vendor !== undefined && card.vendor !== query.vendor) return false;
  if (query.kind !== undefined && card.kind !== query.kind) return false;
  return true;
}

type Direction = 1 | -1;

const SORTS: Record<SortKey, { value: (card: ModelCard) => number | string | null; direction: Direction }> = {
  'input-price': { value: (card) => card.pricing.input, direction: 1 },
  'output-price': { value: (card) => card.pricing.output, direction: 1 },
  context: { value: (card) => card.contextWindow, direction: -1 },
  name: { value: (card) => card.name.toLowerCase(), direction: 1 },
  released: { value: (card) => card.released, direction: -1 },
};

/**
 * Sorts cards by a key; cards whose value is unknown come last whatever the direction, and ties
 * keep a stable order by id. Returns a new array.
 */
export function sortCards(cards: readonly ModelCard[], key: SortKey = 'name'): ModelCard[] {
  const { value, direction } = SORTS[key];
  return [...cards].sort((a, b) => {
    const left = value(a);
    const right = value(b);
    if (left === null || right === null) {
      if (left !== right) return left === null ? 1 : -1;
    } else if (left !== right) {
      return (left < right ? -1 : 1) * direction;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}
