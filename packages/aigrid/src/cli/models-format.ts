import type { Catalog } from '../catalog/catalog.js';
import { CAPABILITIES, type ModelCard } from '../spec/model-card.js';
import { formatMicros } from '../spec/usd-micros.js';
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

/** Width `models list` keeps to unless `--wide`. */
export const LIST_WIDTH = 100;

/**
 * The `models list` table: by default ID, context, prices and configured names, cut to fit
 * `LIST_WIDTH` columns (a cut cell ends in "…"); `wide` adds every column and cuts nothing.
 */
export function formatCardTable(cards: readonly ModelCard[], catalog: Catalog, wide = false): string {
  const output = (card: ModelCard) =>
    // Embeddings have no output tokens: "-" there means "not applicable", not unknown.
    card.kind === 'embedding' && card.pricing.output === null ? '-' : formatPrice(card.pricing.output);
  const configured = (card: ModelCard) => catalog.modelsFor(card.id).join(',') || '-';
  if (!wide) {
    const rows = cards.map((card) => [card.id, formatTokens(card.contextWindow), formatPrice(card.pricing.input), output(card), configured(card)]);
    return formatTable(['ID', 'CONTEXT', 'INPUT', 'OUTPUT', 'CONFIGURED AS'], fitColumns(['ID', 'CONTEXT', 'INPUT', 'OUTPUT', 'CONFIGURED AS'], rows, LIST_WIDTH, [4, 0]));
  }
  const rows = cards.map((card) => [
    card.id,
    card.name,
    card.kind,
    formatTokens(card.contextWindow),
    formatPrice(card.pricing.input),
    output(card),
    capabilityList(card),
    card.regions.join(',') || UNKNOWN,
    configured(card),
  ]);
  return formatTable(['ID', 'NAME', 'KIND', 'CONTEXT', 'INPUT', 'OUTPUT', 'CAPABILITIES', 'REGIONS', 'CONFIGURED AS'], rows);
}

/** Cuts cells of the `shrink` columns (first listed first) until a `formatTable` line fits `width`. */
function fitColumns(headers: string[], rows: string[][], width: number, shrink: number[]): string[][] {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => row[column].length)));
  let excess = widths.reduce((sum, each) => sum + each, 0) + 2 * (headers.length - 1) - width;
  for (const column of shrink) {
    if (excess <= 0) break;
    const cut = Math.min(excess, widths[column] - Math.max(headers[column].length, 8));
    if (cut <= 0) continue;
    widths[column] -= cut;
    excess -= cut;
  }
  return rows.map((row) => row.map((cell, column) => (cell.length > widths[column] ? `${cell.slice(0, widths[column] - 1)}…` : cell)));
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
