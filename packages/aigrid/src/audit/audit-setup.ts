import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { StoreDialect } from '../store/database-types.js';
import { AUDIT_ANCHOR_FILE } from './audit-anchor.js';
import { AuditLog, type AuditLogOptions } from './audit-log.js';
import { loadAuditKey } from './audit-signing-key.js';

/** Inputs of `openAuditLog`: the store and where the key and anchor live. */
export interface OpenAuditLogOptions {
  /** The opened store (its `db` and `dialect`). */
  readonly store: { readonly db: Kysely<any>; readonly dialect: StoreDialect };
  /** `data_dir`: where the key is generated and the anchor file kept. */
  readonly dataDir: string;
  /** Pass `process.env`: `AIGRID_AUDIT_KEY` is read from it. */
  readonly env?: NodeJS.ProcessEnv;
  /** An explicit PEM key file (wins over the environment and the data dir). */
  readonly keyPath?: string;
  readonly checkpointEvery?: number;
  readonly onCheckpointError?: AuditLogOptions['onCheckpointError'];
  readonly now?: () => Date;
}

/**
 * The gateway's audit log with the usual wiring: the signing key from `keyPath`,
 * `AIGRID_AUDIT_KEY` or `<data_dir>/audit-ed25519.pem` (generated on first use), and checkpoints
 * mirrored to `<data_dir>/audit-anchor.json`.
 */
export async function openAuditLog(options: OpenAuditLogOptions): Promise<AuditLog> {
  const key = await loadAuditKey({ dataDir: options.dataDir, keyPath: options.keyPath, env: options.env });
  return AuditLog.open(options.store, {
    signer: key!.signer,
    anchorPath: join(options.dataDir, AUDIT_ANCHOR_FILE),
    checkpointEvery: options.checkpointEvery,
    onCheckpointError: options.onCheckpointError,
    now: options.now,
  });
}
