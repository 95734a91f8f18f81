import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AuditError } from './audit-error.js';
import { generateAuditKey, parsePrivateKey, signerFromPrivateKey, type AuditSigner } from './audit-key-material.js';

/** Environment variable holding the signing key itself (PKCS#8 PEM or base64 PKCS#8 DER). */
export const AUDIT_KEY_ENV = 'AIGRID_AUDIT_KEY';
/** File in the data dir the key is generated into when none is given. */
export const AUDIT_KEY_FILE = 'audit-ed25519.pem';

/** Where `loadAuditKey` looks for the signing key. */
export interface LoadAuditKeyOptions {
  /** The gateway's data dir (`data_dir`). */
  dataDir: string;
  /** A PEM file named explicitly (e.g. `--audit-key`); wins over everything else. */
  keyPath?: string;
  /** Where `AIGRID_AUDIT_KEY` is read from; pass `process.env` in production. */
  env?: NodeJS.ProcessEnv;
  /** Generate `<dataDir>/audit-ed25519.pem` (mode 0600) when no key exists. Default true. */
  create?: boolean;
}

/** A loaded signing key and where it came from (for messages; never the key itself). */
export interface LoadedAuditKey {
  readonly signer: AuditSigner;
  readonly source: string;
  /** True when this call generated the key. */
  readonly generated: boolean;
}

/**
 * Finds the audit signing key: the explicit file, else `AIGRID_AUDIT_KEY`, else
 * `<dataDir>/audit-ed25519.pem`, which is generated on first use unless `create` is false
 * (verifiers should not mint keys). Undefined only when nothing exists and `create` is false.
 */
export async function loadAuditKey(options: LoadAuditKeyOptions): Promise<LoadedAuditKey | undefined> {
  if (options.keyPath) return { signer: await readKeyFile(options.keyPath), source: options.keyPath, generated: false };
  const fromEnv = options.env?.[AUDIT_KEY_ENV];
  if (fromEnv) return { signer: signerFromPrivateKey(parsePrivateKey(fromEnv)), source: `$${AUDIT_KEY_ENV}`, generated: false };
  const path = join(options.dataDir, AUDIT_KEY_FILE);
  const existing = await readKeyFile(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (existing) return { signer: existing, source: path, generated: false };
  if (options.create === false) return undefined;
  return generateKeyFile(path);
}

/** Writes a new key to `path` (mode 0600). If another process won the race, its key is used. */
export async function generateKeyFile(path: string): Promise<LoadedAuditKey> {
  const { signer, pem } = generateAuditKey();
  await mkdir(join(path, '..'), { recursive: true });
  // Written whole under a temporary name, then linked into place: link fails when the file
  // exists, so two processes starting at once agree on one key and neither reads half a file.
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(temporary, pem, { mode: 0o600, flag: 'wx' });
  try {
    await link(temporary, path);
    return { signer, source: path, generated: true };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return { signer: await readKeyFile(path), source: path, generated: false };
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
}

async function readKeyFile(path: string): Promise<AuditSigner> {
  const text = await readFile(path, 'utf8');
  try {
    return signerFromPrivateKey(parsePrivateKey(text));
  } catch (error) {
    if (error instanceof AuditError) throw new AuditError('invalid_key', `${path}: ${error.message}`);
    throw error;
  }
}
