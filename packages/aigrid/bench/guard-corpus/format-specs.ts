import { type Format, type LabelType, NATIONAL_TYPES, SECRET_TYPES } from './label-types.js';
import type { NameStyle } from './person-names.js';
import { renderChat } from './render-chat.js';
import { renderCode } from './render-code.js';
import { renderUrlQuery, renderYaml } from './render-config.js';
import { renderLogJson, renderLogPlain } from './render-logs.js';
import { renderEmail, renderProse } from './render-messages.js';
import { renderHtmlForm, renderJson, renderKeyValue } from './render-records.js';
import { renderCurl, renderEnv } from './render-shell.js';
import { renderCsv, renderMarkdownTable, renderSql, renderTsv } from './render-tables.js';
import type { Scene } from './scene.js';

/*
 * Which values each format can plausibly hold, how many records it shows, how values are written
 * in it, and how often it occurs.
 */

export interface FormatSpec {
  readonly render: (scene: Scene) => void;
  readonly types: readonly LabelType[];
  /** Most records one prompt shows (table rows, log lines). */
  readonly rows: number;
  /** Typed by a person: long dates, multi-line addresses, the odd full-width digit. */
  readonly human: boolean;
  readonly multiline: boolean;
  readonly nameStyle: NameStyle;
  readonly plainSecrets?: boolean;
  /** Records that may split a name into first/last or an address into street, postcode, city. */
  readonly splits?: boolean;
  readonly weight: number;
}

const PERSONAL: readonly LabelType[] = ['person_name', 'email', 'phone', 'postal_address', 'date_of_birth', 'id_document', 'credit_card', 'iban', ...NATIONAL_TYPES];
const IPS: readonly LabelType[] = ['ipv4', 'ipv6'];
const ALL: readonly LabelType[] = [...PERSONAL, ...IPS, ...SECRET_TYPES];
const LOGGABLE: readonly LabelType[] = ['email', 'phone', 'person_name', 'credit_card', 'iban', ...NATIONAL_TYPES, ...IPS, 'jwt', 'api_key'];

export const FORMAT_SPECS: Record<Format, FormatSpec> = {
  'log-json': { render: renderLogJson, types: [...LOGGABLE, 'postal_address', 'date_of_birth'], rows: 3, human: false, multiline: false, nameStyle: 'full', weight: 6 },
  'log-plain': { render: renderLogPlain, types: [...LOGGABLE, 'secret'], rows: 3, human: false, multiline: false, nameStyle: 'full', plainSecrets: true, weight: 6 },
  csv: { render: renderCsv, types: [...PERSONAL, ...IPS], rows: 3, human: false, multiline: false, nameStyle: 'form', splits: true, weight: 8 },
  tsv: { render: renderTsv, types: [...PERSONAL, ...IPS], rows: 3, human: false, multiline: false, nameStyle: 'form', splits: true, weight: 4 },
  json: { render: renderJson, types: ALL, rows: 3, human: false, multiline: false, nameStyle: 'full', splits: true, weight: 10 },
  yaml: { render: renderYaml, types: ALL, rows: 2, human: false, multiline: true, nameStyle: 'full', weight: 6 },
  'markdown-table': { render: renderMarkdownTable, types: [...PERSONAL, ...IPS, 'api_key'], rows: 3, human: false, multiline: false, nameStyle: 'form', weight: 5 },
  email: { render: renderEmail, types: [...PERSONAL, ...IPS, ...SECRET_TYPES], rows: 1, human: true, multiline: true, nameStyle: 'any', weight: 10 },
  chat: { render: renderChat, types: ALL, rows: 1, human: true, multiline: true, nameStyle: 'any', weight: 9 },
  code: { render: renderCode, types: ALL, rows: 1, human: false, multiline: true, nameStyle: 'full', weight: 7 },
  env: { render: renderEnv, types: [...SECRET_TYPES, ...IPS, 'email', 'phone'], rows: 1, human: false, multiline: true, nameStyle: 'full', plainSecrets: true, weight: 5 },
  sql: { render: renderSql, types: [...PERSONAL, ...IPS, 'api_key'], rows: 3, human: false, multiline: false, nameStyle: 'full', splits: true, weight: 5 },
  curl: {
    render: renderCurl,
    types: ['api_key', 'jwt', 'secret', 'email', 'phone', 'person_name', 'credit_card', 'iban', 'postal_address', 'date_of_birth', ...IPS, ...NATIONAL_TYPES],
    rows: 1, human: false, multiline: false, nameStyle: 'full', plainSecrets: true, weight: 5,
  },
  'html-form': { render: renderHtmlForm, types: PERSONAL, rows: 1, human: false, multiline: true, nameStyle: 'form', splits: true, weight: 5 },
  'url-query': {
    render: renderUrlQuery,
    types: ['email', 'phone', 'person_name', 'date_of_birth', 'postal_address', 'credit_card', 'iban', 'api_key', 'jwt', 'ipv4', ...NATIONAL_TYPES],
    rows: 1, human: false, multiline: false, nameStyle: 'full', plainSecrets: true, weight: 5,
  },
  prose: { render: renderProse, types: ALL, rows: 1, human: true, multiline: true, nameStyle: 'any', weight: 10 },
  'key-value': { render: renderKeyValue, types: [...PERSONAL, ...IPS, 'api_key', 'secret', 'jwt'], rows: 1, human: true, multiline: true, nameStyle: 'form', splits: true, weight: 8 },
};
