import type { Catalog } from '../catalog/catalog.js';
import { CAPABILITIES, type ModelCard } from '../catalog/model-card.js';
import { formatMicros } from '../catalog/usd-micros.js';
import { formatTable } from './cli-support.js';

// Text forms of model cards for `aigrid models`. Unknown values print as "?", never as 0.

const UNKNOWN = '?';

/** `$2.50/M`, or `?` when the price is unknown. */
export function formatPrice(micros: number | null): string {
  return micros === null ? UNKNOWN : `$${formatMicros(micros)}/M`;
}

function formatTokens(tokens: number | null): string {
  return tokens === null ? UNKNOWN : tokens.toLocaleString('en-US');
}

function capabilityList(card: ModelCard): string {
  return CAPABILITIES.filter((name) => card.capabilities[name] === true).join(',') || '-';
}

function capabilityDetail(card: ModelCard): string {
  const word = (value: boolean | null) => (value === null ? UNKNOWN : value ? 'yes' : 'no');
  return CAPABILITIES.map((name) => `${name} ${word(card.capabilities[name])}`).join(', ');
}

function batch(card: ModelCard): string {
  const percent = card.pricing.batchDiscountPercent;
  return percent === null ? UNKNOWN : `-${percent}%`;
}

/** The `models list` table. */
export function formatCardTable(cards: readonly ModelCard[], catalog: Catalog): string {
  const rows = cards.map((card) => [
    card.id,
    card.name,
    card.kind,
    formatTokens(card.contextWindow),
    formatPrice(card.pricing.input),
    // Embeddings have no output tokens: "-" there means "not applicable", not unknown.
    card.kind === 'embedding' && card.pricing.output === null ? '-' : formatPrice(card.pricing.output),
    capabilityList(card),
    card.regions.join(',') || UNKNOWN,
    catalog.modelsFor(card.id).join(',') || '-',
  ]);
  return formatTable(['ID', 'NAME', 'KIND', 'CONTEXT', 'INPUT', 'OUTPUT', 'CAPABILITIES', 'REGIONS', 'CONFIGURED AS'], rows);
}

/** Field label and value for each row of `show` and `compare`. */
function cardFields(card: ModelCard, catalog: Catalog): [string, string][] {
  const optional = (value: string | null) => value ?? '-';
  return [
    ['name', card.name],
    ['provider', card.provider],
    ['model', card.model],
    ['aliases', card.aliases.join(', ') || '-'],
    ['vendor', optional(card.vendor)],
    ['family', optional(card.family)],
    ['kind', card.kind],
    ['context', formatTokens(card.contextWindow)],
    ['max output', formatTokens(card.maxOutputTokens)],
    ['modalities', `${card.modalities.input.join('+')} -> ${card.modalities.output.join('+')}`],
    ['input price', formatPrice(card.pricing.input)],
    ['cached input', formatPrice(card.pricing.cachedInput)],
    ['cache write', formatPrice(card.pricing.cacheWrite)],
    ['output price', formatPrice(card.pricing.output)],
    ['batch', batch(card)],
    ['capabilities', capabilityDetail(card)],
    ['regions', card.regions.join(', ') || UNKNOWN],
    ['released', optional(card.released)],
    ['deprecated', optional(card.deprecated)],
    ['source', optional(card.source)],
    ['checked', optional(card.checked)],
    ['origin', card.origin],
    ['configured as', catalog.modelsFor(card.id).join(', ') || '-'],
    ['notes', optional(card.notes)],
  ];
}

/** `models show`: one card, one field per line. */
export function formatCard(card: ModelCard, catalog: Catalog): string {
  const fields = cardFields(card, catalog);
  const width = Math.max(...fields.map(([label]) => label.length));
  return [card.id, ...fields.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`)].join('\n');
}

/** `models compare`: fields as rows, one column per card (notes are left to `show`). */
export function formatComparison(cards: readonly ModelCard[], catalog: Catalog): string {
  const columns = cards.map((card) => cardFields(card, catalog).filter(([label]) => label !== 'notes' && label !== 'capabilities'));
  const capabilityRows = CAPABILITIES.map((name) => [
    name,
    ...cards.map((card) => (card.capabilities[name] === null ? UNKNOWN : card.capabilities[name] ? 'yes' : 'no')),
  ]);
  const rows = columns[0].map(([label], index) => [label, ...columns.map((fields) => fields[index][1])]);
  return formatTable(['FIELD', ...cards.map((card) => card.id)], [...rows, ...capabilityRows]);
}
