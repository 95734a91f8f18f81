import { GridError } from '../spec/grid-error.js';
import { hashApiKey } from '../store/key-repository.js';
import type { ApiKeyRecord, KeyRepository } from '../store/key-repository.js';

/** A caller's key as the hot path sees it. */
export interface AuthenticatedKey {
  readonly id: string;
  readonly name: string;
  readonly tenant: string;
  /** `<tenant>/<project>`, or null. */
  readonly project: string | null;
  /** Models the key may use; null means every configured model. */
  readonly models: ReadonlySet<string> | null;
}

interface CacheOptions {
  /** How often the store is asked whether keys changed (created or revoked elsewhere, e.g. by the CLI). */
  refreshMs?: number;
  /** How long an unknown key is remembered as unknown, so guessing keys cannot flood the store. */
  negativeTtlMs?: number;
  maxNegativeEntries?: number;
}

const toAuthenticated = (record: ApiKeyRecord): AuthenticatedKey =>
  Object.freeze({
    id: record.id,
    name: record.name,
    tenant: record.tenant,
    project: record.project,
    models: record.models ? new Set(record.models) : null,
  });

/** Bound on remembered secret hashes; the map is simply cleared when it fills. */
const MAX_REMEMBERED_SECRETS = 10_000;

/**
 * Holds every active key in memory, keyed by hash, so authentication is a map lookup (and one
 * SHA-256 the first time a secret is seen). Polls the store's key fingerprint and reloads when it changes.
 */
export class KeyCache {
  private active = new Map<string, AuthenticatedKey>();
  private readonly unknown = new Map<string, number>();
  private version = '';
  /** Secret → SHA-256 for known keys seen recently: hashing on every request showed in profiles. */
  private readonly hashes = new Map<string, string>();
  private timer?: NodeJS.Timeout;
  private readonly refreshMs: number;
  private readonly negativeTtlMs: number;
  private readonly maxNegativeEntries: number;

  constructor(
    private readonly repository: KeyRepository,
    options: CacheOptions = {},
  ) {
    this.refreshMs = options.refreshMs ?? 1000;
    this.negativeTtlMs = options.negativeTtlMs ?? 2000;
    this.maxNegativeEntries = options.maxNegativeEntries ?? 10_000;
  }

  async start(): Promise<void> {
    await this.reload();
    this.timer = setInterval(() => void this.refresh().catch(() => undefined), this.refreshMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** Reloads when the store's fingerprint changed. Store errors keep the cached keys (outage tolerance). */
  async refresh(): Promise<void> {
    const version = await this.repository.version();
    if (version !== this.version) await this.reload(version);
  }

  private async reload(version?: string): Promise<void> {
    const next = version ?? (await this.repository.version());
    const records = await this.repository.all();
    const active = new Map<string, AuthenticatedKey>();
    for (const record of records) if (!record.revokedAt) active.set(record.hash, toAuthenticated(record));
    this.active = active;
    this.unknown.clear();
    this.version = next;
  }

  /** Resolves a presented secret to its key, or throws invalid_api_key. */
  async authenticate(secret: string): Promise<AuthenticatedKey> {
    let hash = this.hashes.get(secret);
    if (hash === undefined) {
      hash = hashApiKey(secret);
      // Only secrets of known keys are remembered, so random guesses cannot grow the map.
      if (this.active.has(hash)) {
        if (this.hashes.size >= MAX_REMEMBERED_SECRETS) this.hashes.clear();
        this.hashes.set(secret, hash);
      }
    }
    const cached = this.active.get(hash);
    if (cached) return cached;
    const seen = this.unknown.get(hash);
    if (seen === undefined || Date.now() - seen > this.negativeTtlMs) {
      // A key created since the last poll: look it up once instead of waiting for the poll.
      const record = await this.repository.findByHash(hash).catch(() => undefined);
      if (record && !record.revokedAt) {
        const key = toAuthenticated(record);
        this.active.set(hash, key);
        return key;
      }
      if (this.unknown.size >= this.maxNegativeEntries) this.unknown.clear();
      this.unknown.set(hash, Date.now());
    }
    throw new GridError('invalid_api_key', 'The API key is not valid or has been revoked.');
  }

  /** Applies a change made through this process's admin API without waiting for the poll. */
  forget(): void {
    this.version = '';
  }
}

/** Extracts the presented key from `Authorization: Bearer`, `x-api-key` or `api-key`. */
export function presentedKey(headers: Record<string, string | string[] | undefined>): string {
  const authorization = headers.authorization;
  let secret: string | undefined;
  if (typeof authorization === 'string') {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match) throw new GridError('invalid_api_key', "The Authorization header must have the form 'Bearer <key>'.");
    secret = match[1];
  } else {
    const alternative = headers['x-api-key'] ?? headers['api-key'];
    if (typeof alternative === 'string') secret = alternative.trim();
  }
  if (!secret) throw new GridError('missing_api_key', "No API key was provided. Send 'Authorization: Bearer <key>'.");
  if (secret.length > 256) throw new GridError('invalid_api_key', 'The API key is not valid or has been revoked.');
  return secret;
}
