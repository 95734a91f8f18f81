import { createHash, randomBytes } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { ApiKeysTable, Database } from './database-types.js';

const SECRET_PREFIX = 'sk-aigrid-';
/** `sk-aigrid-` plus six random characters: enough to tell keys apart, far too little to guess one. */
const DISPLAY_PREFIX_LENGTH = 16;

/** A virtual API key as callers see it. The secret itself is never stored. */
export interface ApiKeyRecord {
  id: string;
  name: string;
  tenant: string;
  /** `<tenant>/<project>`, or null. */
  project: string | null;
  /** Start of the secret, safe to show (e.g. `sk-aigrid-AbC12x`). */
  prefix: string;
  /** Models this key may call; null means every model. */
  models: string[] | null;
  createdAt: string;
  revokedAt: string | null;
}

/** A key record together with the hash the gateway matches presented secrets against. */
export type ApiKeyWithHash = ApiKeyRecord & { hash: string };

/** Reads and writes virtual API keys. */
export interface KeyRepository {
  /** Creates a key; the returned secret is shown once and cannot be recovered. */
  create(input: { name: string; tenant: string; project?: string | null; models?: string[] | null }): Promise<{
    record: ApiKeyRecord;
    secret: string;
  }>;
  /** Looks a key up by `hashApiKey(secret)`; revoked keys are returned too (check `revokedAt`). */
  findByHash(hash: string): Promise<ApiKeyWithHash | undefined>;
  /** Keys oldest first; revoked keys only with `includeRevoked`. */
  list(filter?: { tenant?: string; includeRevoked?: boolean }): Promise<ApiKeyRecord[]>;
  /**
   * Revokes by id or display prefix. Idempotent: revoking again returns the record unchanged.
   * Undefined when nothing matches; throws when a prefix matches several keys.
   */
  revoke(idOrPrefix: string): Promise<ApiKeyRecord | undefined>;
  /** Cheap fingerprint that changes whenever any key is created or revoked; the gateway polls it. */
  version(): Promise<string>;
  /** Every key, revoked ones included, with hashes: for loading the gateway's in-memory cache. */
  all(): Promise<ApiKeyWithHash[]>;
}

/**
 * SHA-256 hex of a secret. Secrets carry 256 random bits, so brute force is hopeless whatever the
 * hash speed; a slow KDF (bcrypt, scrypt) would only add milliseconds to every authenticated
 * request on a cache miss and make lookup-by-hash impossible.
 */
export function hashApiKey(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Creates a key repository over a migrated database. `now` is injectable for tests. */
export function createKeyRepository(
  db: Kysely<Database>,
  now: () => Date = () => new Date(),
): KeyRepository {
  const byIdOrPrefix = (value: string) =>
    db
      .selectFrom('api_keys')
      .selectAll()
      .where((eb) => eb.or([eb('id', '=', value), eb('prefix', '=', value)]))
      .execute();

  return {
    async create(input) {
      const secret = SECRET_PREFIX + randomBytes(32).toString('base64url');
      const timestamp = now().toISOString();
      const row: Selectable<ApiKeysTable> = {
        id: `key_${randomBytes(12).toString('base64url')}`,
        name: input.name,
        tenant: input.tenant,
        prefix: secret.slice(0, DISPLAY_PREFIX_LENGTH),
        hash: hashApiKey(secret),
        models: input.models == null ? null : JSON.stringify(input.models),
        created_at: timestamp,
        revoked_at: null,
        updated_at: timestamp,
        project: input.project ?? null,
      };
      await db.insertInto('api_keys').values(row).execute();
      return { record: toRecord(row), secret };
    },

    async findByHash(hash) {
      const row = await db.selectFrom('api_keys').selectAll().where('hash', '=', hash).executeTakeFirst();
      return row && { ...toRecord(row), hash: row.hash };
    },

    async list(filter = {}) {
      let query = db.selectFrom('api_keys').selectAll().orderBy('created_at').orderBy('id');
      if (filter.tenant !== undefined) query = query.where('tenant', '=', filter.tenant);
      if (!filter.includeRevoked) query = query.where('revoked_at', 'is', null);
      return (await query.execute()).map(toRecord);
    },

    async revoke(idOrPrefix) {
      const matches = await byIdOrPrefix(idOrPrefix);
      if (matches.length > 1) {
        throw new Error(`"${idOrPrefix}" matches ${matches.length} keys: revoke by id instead`);
      }
      const [found] = matches;
      if (!found) return undefined;
      if (found.revoked_at !== null) return toRecord(found);
      const timestamp = now().toISOString();
      // The null check keeps the first revocation time when two revokes race.
      await db
        .updateTable('api_keys')
        .set({ revoked_at: timestamp, updated_at: timestamp })
        .where('id', '=', found.id)
        .where('revoked_at', 'is', null)
        .execute();
      const row = await db.selectFrom('api_keys').selectAll().where('id', '=', found.id).executeTakeFirst();
      return row && toRecord(row);
    },

    async version() {
      // Creating raises the total, revoking raises the revoked count: both are monotonic, so the
      // fingerprint changes even when two changes land in the same millisecond.
      const row = await db
        .selectFrom('api_keys')
        .select((eb) => [
          eb.fn.countAll().as('total'),
          eb.fn.count('revoked_at').as('revoked'),
          eb.fn.max('updated_at').as('latest'),
        ])
        .executeTakeFirstOrThrow();
      return `${Number(row.total)}:${Number(row.revoked)}:${row.latest ?? ''}`;
    },

    async all() {
      const rows = await db.selectFrom('api_keys').selectAll().orderBy('created_at').orderBy('id').execute();
      return rows.map((row) => ({ ...toRecord(row), hash: row.hash }));
    },
  };
}

function toRecord(row: Selectable<ApiKeysTable>): ApiKeyRecord {
  return {
    id: row.id,
    name: row.name,
    tenant: row.tenant,
    project: row.project ?? null,
    prefix: row.prefix,
    models: row.models === null ? null : (JSON.parse(row.models) as string[]),
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
  };
}
