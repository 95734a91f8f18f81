import { createHash } from 'node:crypto';
import type { AuditLog } from '../audit/index.js';
import { canonicalJson } from '../audit/canonical-json.js';
import type { GatewayConfig } from '../config/config-types.js';

const ACTION = 'config.load';
// Credentials are hashed as "set", never by value: a digest of a guessable secret would reveal it.
const CREDENTIALS = new Set(['adminKey', 'apiKey', 'accessKeyId', 'secretAccessKey', 'sessionToken']);

/**
 * SHA-256 of the loaded configuration (canonical JSON), without its file name and with every
 * credential and header value replaced by a marker: equal settings give equal digests.
 */
export function configDigest(config: GatewayConfig): string {
  const { source: _source, ...settings } = config;
  const masked = JSON.stringify(settings, (key, value: unknown) => {
    if (CREDENTIALS.has(key) && value !== undefined) return '<set>';
    if (key === 'headers' && value && typeof value === 'object') return Object.fromEntries(Object.keys(value).map((name) => [name, '<set>']));
    return value;
  });
  return createHash('sha256').update(canonicalJson(JSON.parse(masked))).digest('hex');
}

/**
 * Appends a `config.load` entry when the gateway starts with a configuration whose digest differs
 * from the last one recorded — the audit trail of config changes until plan/apply exists.
 * Gateways starting at the same moment with a new config may each record it.
 *
 * @returns whether an entry was appended.
 */
export async function recordConfigLoad(audit: AuditLog, config: GatewayConfig): Promise<boolean> {
  const digest = configDigest(config);
  const [last] = await audit.list({ limit: 1, action: ACTION });
  const previous = typeof last?.details.digest === 'string' ? last.details.digest : null;
  if (previous === digest) return false;
  await audit.append({ actor: 'gateway', action: ACTION, target: config.source, details: { digest, previous } });
  return true;
}
