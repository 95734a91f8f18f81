import { canonicalBytes, canonicalJson, type JsonValue } from './canonical-json.js';
import { AuditError } from './audit-error.js';
import { leafHash, toHex } from './merkle-hash.js';

/** Actions the gateway records. Others are accepted when they follow the `subject.verb` form. */
export const AUDIT_ACTIONS = [
  'key.create',
  'key.revoke',
  'tenant.create',
  'tenant.update',
  'tenant.delete',
  'project.create',
  'project.delete',
  'budget.create',
  'budget.update',
  'budget.delete',
  'limit.create',
  'limit.update',
  'limit.delete',
  'config.load',
  'config.apply',
  'policy.update',
  'policy.refuse',
  'secret.store',
  'secret.rotate',
  'audit.key.rotate',
] as const;

/** One administrative action or policy refusal, as hashed into the log. */
export interface AuditEntry {
  /** 0-based position in the log; consecutive, never reused. */
  readonly seq: number;
  /** ISO-8601 time the entry was appended. */
  readonly ts: string;
  /** Who acted: `admin` (admin API), `cli`, a key id, `gateway` for policy refusals and `config.load`. */
  readonly actor: string;
  /** What happened, e.g. `key.create`. */
  readonly action: string;
  /** What it happened to, e.g. a key id or tenant name. */
  readonly target: string;
  /** Facts about the action. Never secrets: secret-looking field names are refused. */
  readonly details: { readonly [key: string]: JsonValue };
}

/** What a caller supplies; the log assigns `seq` (and `ts` unless given). */
export type AuditEntryInput = Omit<AuditEntry, 'seq' | 'ts'> & { readonly ts?: string };

const ACTION = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_-]*)+$/;
const MAX_FIELD_LENGTH = 512;
const MAX_DETAILS_BYTES = 16_384;
// Words in a field name that mean the field holds a credential; its value must not enter the log.
// `token` counts only as the last word, so `access_token` is refused but `max_tokens` is not.
const SECRET_WORDS = new Set(['secret', 'secrets', 'password', 'passwd', 'passphrase', 'authorization', 'credential', 'credentials', 'apikey']);
const SECRET_PAIRS = ['api key', 'private key', 'secret key', 'admin key'];

/**
 * The leaf bytes: canonical JSON of the whole entry, `seq` included, so moving an entry to
 * another position changes its hash.
 */
export function entryLeafBytes(entry: AuditEntry): Buffer {
  const { seq, ts, actor, action, target, details } = entry;
  return canonicalBytes({ seq, ts, actor, action, target, details });
}

/** RFC 6962 leaf hash of an entry, hex. */
export function entryLeafHash(entry: AuditEntry): string {
  return toHex(leafHash(entryLeafBytes(entry)));
}

/** Checks what a caller wants to log; throws `AuditError('invalid_entry')` naming the field. */
export function validateEntryInput(input: AuditEntryInput): void {
  for (const field of ['actor', 'action', 'target'] as const) {
    const value: unknown = input[field];
    if (typeof value !== 'string' || value.length === 0 || value.length > MAX_FIELD_LENGTH) {
      throw new AuditError('invalid_entry', `audit ${field} must be a non-empty string of at most ${MAX_FIELD_LENGTH} characters`);
    }
  }
  if (!ACTION.test(input.action)) {
    throw new AuditError('invalid_entry', `audit action '${input.action}' must look like 'subject.verb', e.g. 'key.create'`);
  }
  if (input.ts !== undefined && Number.isNaN(Date.parse(input.ts))) {
    throw new AuditError('invalid_entry', `audit ts '${input.ts}' is not an ISO-8601 time`);
  }
  const details: unknown = input.details;
  if (typeof details !== 'object' || details === null || Array.isArray(details)) {
    throw new AuditError('invalid_entry', 'audit details must be a JSON object');
  }
  let text: string;
  try {
    text = canonicalJson(details);
  } catch (error) {
    throw new AuditError('invalid_entry', `audit details: ${(error as Error).message}`);
  }
  if (Buffer.byteLength(text) > MAX_DETAILS_BYTES) {
    throw new AuditError('invalid_entry', `audit details exceed ${MAX_DETAILS_BYTES} bytes`);
  }
  const secret = findSecretName(details, 'details');
  if (secret) throw new AuditError('invalid_entry', `${secret} looks like a secret; log its id or prefix, never the value`);
}

function findSecretName(value: unknown, path: string): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, child] of Object.entries(value)) {
    const childPath = Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`;
    if (!Array.isArray(value) && isSecretName(key)) return childPath;
    const nested = findSecretName(child, childPath);
    if (nested) return nested;
  }
  return undefined;
}

/** Whether a field name says it holds a credential (`apiKey`, `client_secret`, `access-token`…). */
export function isSecretName(name: string): boolean {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  if (words.some((word) => SECRET_WORDS.has(word)) || words.at(-1) === 'token') return true;
  const phrase = ` ${words.join(' ')} `;
  return SECRET_PAIRS.some((pair) => phrase.includes(` ${pair} `));
}

/** An entry read back from storage, its details still canonical JSON text. */
export interface EntryRow {
  readonly seq: number;
  readonly ts: string;
  readonly actor: string;
  readonly action: string;
  readonly target: string;
  readonly detailsJson: string;
}

/** Rebuilds an entry from its stored fields; throws `AuditError('log_inconsistent')` when details are not a JSON object. */
export function entryFromRow(row: EntryRow): AuditEntry {
  let details: unknown;
  try {
    details = JSON.parse(row.detailsJson);
  } catch {
    details = undefined;
  }
  if (typeof details !== 'object' || details === null || Array.isArray(details)) {
    throw new AuditError('log_inconsistent', `entry ${row.seq}: its details are not a JSON object`);
  }
  const { seq, ts, actor, action, target } = row;
  return { seq, ts, actor, action, target, details: details as AuditEntry['details'] };
}
