import type { CardPricing } from '../spec/model-card.js';
import type { Usage } from '../spec/usage.js';
import type { PriceSheet } from '../spec/usage-event.js';

export type { PriceSheet } from '../spec/usage-event.js';

/** What a request cost. `complete` is false when a needed price or token count was unknown. */
export interface Cost {
  /** Integer micro-USD. Components that could not be priced count as 0 here, flagged by `complete`. */
  micros: number;
  complete: boolean;
}

export interface CostOptions {
  /** Billed at the provider's batch rate: `batchDiscountPercent` applies to every component. */
  batch?: boolean;
}

const TOKENS_PER_MTOK = 1_000_000n;
// The discount is applied as parts per million of the list price, so 4 decimals of percent stay exact.
const PPM = 1_000_000n;
const DENOMINATOR = TOKENS_PER_MTOK * PPM;
const HALF = DENOMINATOR / 2n;

/** Reads a catalog card's prices; `null` (not known) becomes an absent field. */
export function priceSheetFromCard(pricing: CardPricing): PriceSheet {
  const sheet: PriceSheet = {};
  if (pricing.input !== null) sheet.inputPerMTok = pricing.input;
  if (pricing.cachedInput !== null) sheet.cachedInputPerMTok = pricing.cachedInput;
  if (pricing.cacheWrite !== null) sheet.cacheWritePerMTok = pricing.cacheWrite;
  if (pricing.output !== null) sheet.outputPerMTok = pricing.output;
  if (pricing.batchDiscountPercent !== null) sheet.batchDiscountPercent = pricing.batchDiscountPercent;
  return sheet;
}

/** A tenant's price override: every field the override sets replaces the base's. */
export function overridePrices(base: PriceSheet, override: PriceSheet | undefined): PriceSheet {
  if (!override) return base;
  const merged: PriceSheet = { ...base };
  for (const field of Object.keys(override) as (keyof PriceSheet)[]) {
    if (override[field] !== undefined) merged[field] = override[field];
  }
  return merged;
}

/** A tenant's negotiated prices by catalog card id (`tenant { prices = { … } }`). */
export type NegotiatedPrices = Readonly<Record<string, Readonly<PriceSheet>>>;

/**
 * What a tenant pays on a card: the catalog's prices with the tenant's negotiated ones for that
 * card replacing them field by field. Reservations and settlement both price with this.
 */
export function tenantPrices(catalog: PriceSheet, negotiated: NegotiatedPrices | undefined, cardId: string | undefined): PriceSheet {
  const override = negotiated && cardId !== undefined && Object.hasOwn(negotiated, cardId) ? negotiated[cardId] : undefined;
  return overridePrices(catalog, override);
}

/**
 * Cost of one request's usage in integer micro-USD:
 *
 *   uncached input × input price + cache read × cached price (or input price)
 *   + cache write × cache-write price (or input price) + output × output price,
 *
 * each component times (100 − batch discount)% when `batch` is set. Every component is computed
 * exactly in BigInt as tokens × price × factor / 10^12 and rounded half-up once, so one request's
 * total is within 2 micro-USD of the exact sum. A component with zero tokens needs no price.
 * An unknown price, an unknown token count, or a batch request without a known discount makes
 * the result incomplete: the unknown part counts as 0 in `micros` (full price for the discount).
 */
export function costOf(usage: Usage, prices: PriceSheet, options: CostOptions = {}): Cost {
  let complete = true;
  let factor = PPM;
  if (options.batch) {
    const discount = discountPpm(prices.batchDiscountPercent);
    if (discount === undefined) complete = false;
    else factor -= discount;
  }
  const cacheRead = usage.cacheReadTokens ?? 0;
  const cacheWrite = usage.cacheWriteTokens ?? 0;
  const uncached =
    usage.uncachedInputTokens ??
    (usage.inputTokens === undefined ? undefined : Math.max(0, usage.inputTokens - cacheRead - cacheWrite));
  const input = prices.inputPerMTok;
  const components: Array<[number | undefined, number | undefined]> = [
    [uncached, input],
    [cacheRead, prices.cachedInputPerMTok ?? input],
    [cacheWrite, prices.cacheWritePerMTok ?? input],
    [usage.outputTokens, prices.outputPerMTok],
  ];
  let micros = 0n;
  for (const [tokens, price] of components) {
    if (tokens === 0) continue;
    if (!isCount(tokens) || !isCount(price)) {
      complete = false;
      continue;
    }
    micros += (BigInt(tokens) * BigInt(price) * factor + HALF) / DENOMINATOR;
  }
  return { micros: Number(micros), complete };
}

function isCount(value: number | undefined): value is number {
  return value !== undefined && Number.isSafeInteger(value) && value >= 0;
}

/** Discount in parts per million of the price; undefined when unknown or out of range. */
function discountPpm(percent: number | undefined): bigint | undefined {
  if (percent === undefined || !Number.isFinite(percent) || percent < 0 || percent > 100) return undefined;
  return BigInt(Math.round(percent * 10_000));
}
