import type { Kysely } from 'kysely';
import type { Database } from '../store/database-types.js';
import { SecretBox } from './secret-box.js';

export interface ProviderSecretInfo {
  readonly provider: string;
  readonly keyId: string;
  readonly updatedAt: string;
}

/** Provider API keys stored through the admin API, encrypted at rest; never listed in clear. */
export class ProviderSecretRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly box: SecretBox | undefined,
  ) {}

  private requireBox(): SecretBox {
    if (!this.box) throw new Error('storing provider secrets needs AIGRID_SECRET_KEY (32 bytes, hex or base64)');
    return this.box;
  }

  async set(provider: string, secret: string): Promise<ProviderSecretInfo> {
    const sealed = this.requireBox().encrypt(secret, `provider:${provider}`);
    const row = { provider, ciphertext: sealed, key_id: SecretBox.keyIdOf(sealed)!, updated_at: new Date().toISOString() };
    await this.db
      .insertInto('provider_secrets')
      .values(row)
      .onConflict((conflict) => conflict.column('provider').doUpdateSet({ ciphertext: row.ciphertext, key_id: row.key_id, updated_at: row.updated_at }))
      .execute();
    return { provider, keyId: row.key_id, updatedAt: row.updated_at };
  }

  async get(provider: string): Promise<string | undefined> {
    const row = await this.db.selectFrom('provider_secrets').select('ciphertext').where('provider', '=', provider).executeTakeFirst();
    return row ? this.requireBox().decrypt(row.ciphertext, `provider:${provider}`) : undefined;
  }

  async list(): Promise<ProviderSecretInfo[]> {
    const rows = await this.db.selectFrom('provider_secrets').select(['provider', 'key_id', 'updated_at']).orderBy('provider').execute();
    return rows.map((row) => ({ provider: row.provider, keyId: row.key_id, updatedAt: row.updated_at }));
  }

  async remove(provider: string): Promise<boolean> {
    const result = await this.db.deleteFrom('provider_secrets').where('provider', '=', provider).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** Re-encrypts every secret with the active key; returns how many changed. */
  async rotate(): Promise<number> {
    const box = this.requireBox();
    const rows = await this.db.selectFrom('provider_secrets').selectAll().execute();
    let changed = 0;
    for (const row of rows) {
      if (row.key_id === box.activeKeyId) continue;
      await this.set(row.provider, box.decrypt(row.ciphertext, `provider:${row.provider}`));
      changed += 1;
    }
    return changed;
  }
}
