import { PROVIDER_TYPES, type ProviderType } from '../spec/provider-presets.js';
import { SORT_KEYS, type CatalogQuery, type SortKey } from './catalog-query.js';
import { CAPABILITIES, MODEL_KINDS, type Capability, type ModelKind } from '../spec/model-card.js';
import { MAX_PRICE_USD, MICROS_PER_USD, usdToMicros } from '../spec/usd-micros.js';
import { quoteClient } from '../spec/client-text.js';

/** A catalog query as text, the way the API's query string and the CLI's flags carry it. */
export interface RawCatalogQuery {
  /** Each entry may itself be comma-separated: `tools,vision`. */
  readonly capability?: readonly string[];
  /** US dollars per million input tokens, e.g. `1` or `0.5`. */
  readonly maxInputPrice?: string;
  readonly minContext?: string;
  readonly region?: string;
  readonly provider?: string;
  readonly vendor?: string;
  readonly kind?: string;
  readonly sort?: string;
  /** `true`/`false` (also `1`/`0`, `yes`/`no`); a bare flag is `true`. */
  readonly configured?: string | boolean;
}

/** A bad query value; `field` names it so the API and the CLI can each say it their way. */
export class CatalogQueryError extends Error {
  constructor(
    readonly field: keyof RawCatalogQuery,
    /** What is wrong, worded to follow the parameter name: "must be …, not 'x'". */
    readonly problem: string,
  ) {
    super(`${field} ${problem}`);
    this.name = 'CatalogQueryError';
  }
}

const quote = (value: string) => quoteClient(value);
const list = (values: readonly string[]) => values.join(', ');

function oneOf<T extends string>(field: keyof RawCatalogQuery, value: string, allowed: readonly T[]): T {
  const normalized = value.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(normalized)) return normalized as T;
  throw new CatalogQueryError(field, `must be one of ${list(allowed)}, not ${quote(value)}`);
}

function parseBoolean(value: string | boolean): boolean {
  if (typeof value === 'boolean') return value;
  const normalized = value.trim().toLowerCase();
  if (['', 'true', '1', 'yes'].includes(normalized)) return true;
  if (['false', '0', 'no'].includes(normalized)) return false;
  throw new CatalogQueryError('configured', `must be true or false, not ${quote(value)}`);
}

/**
 * Validates a textual catalog query and converts it: capabilities checked against the known list,
 * the price in USD converted once to integer micro-USD, numbers checked for range.
 *
 * @throws CatalogQueryError naming the first bad field.
 */
export function parseCatalogQuery(raw: RawCatalogQuery): CatalogQuery {
  const query: { -readonly [K in keyof CatalogQuery]: CatalogQuery[K] } = {};
  const capabilities = (raw.capability ?? []).flatMap((entry) => entry.split(',')).map((entry) => entry.trim()).filter(Boolean);
  if (capabilities.length > 0) query.capabilities = [...new Set(capabilities.map((value) => oneOf<Capability>('capability', value, CAPABILITIES)))];
  if (raw.maxInputPrice !== undefined) {
    const micros = usdToMicros(raw.maxInputPrice);
    if (micros === undefined || micros > MAX_PRICE_USD * MICROS_PER_USD) {
      throw new CatalogQueryError('maxInputPrice', `must be a price in US dollars per million tokens, such as 1 or 0.25, not ${quote(raw.maxInputPrice)}`);
    }
    query.maxInputPriceMicros = micros;
  }
  if (raw.minContext !== undefined) {
    const text = raw.minContext.trim().replace(/_/g, '');
    const tokens = /^\d{1,10}$/.test(text) ? Number(text) : Number.NaN;
    if (!Number.isSafeInteger(tokens)) throw new CatalogQueryError('minContext', `must be a whole number of tokens, such as 128000, not ${quote(raw.minContext)}`);
    query.minContext = tokens;
  }
  if (raw.region !== undefined) {
    const region = raw.region.trim().toLowerCase();
    if (!/^[a-z0-9][a-z0-9-]{0,39}$/.test(region)) throw new CatalogQueryError('region', `must be a region such as eu, us, asia, global or eu-west-1, not ${quote(raw.region)}`);
    query.region = region;
  }
  if (raw.provider !== undefined) query.provider = oneOf<ProviderType>('provider', raw.provider, PROVIDER_TYPES);
  if (raw.vendor !== undefined) {
    const vendor = raw.vendor.trim().toLowerCase();
    if (vendor === '') throw new CatalogQueryError('vendor', 'must not be empty');
    query.vendor = vendor;
  }
  if (raw.kind !== undefined) query.kind = oneOf<ModelKind>('kind', raw.kind, MODEL_KINDS);
  if (raw.sort !== undefined) query.sort = oneOf<SortKey>('sort', raw.sort.replace(/_/g, '-'), SORT_KEYS);
  if (raw.configured !== undefined) query.configured = parseBoolean(raw.configured);
  return query;
}
