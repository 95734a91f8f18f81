import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const ALGORITHM = 'aes-256-gcm';
const FORMAT = 'v1';

/** A 32-byte key and its id (the first 8 hex digits of its SHA-256), for ciphertexts to name. */
export interface SecretKey {
  readonly id: string;
  readonly bytes: Buffer;
}

/** Parses a key written as 64 hex digits or base64 of 32 bytes. */
export function parseSecretKey(text: string): SecretKey {
  const trimmed = text.trim();
  const bytes = /^[0-9a-fA-F]{64}$/.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (bytes.length !== 32) throw new Error('a secret key must be 32 bytes, written as 64 hex digits or base64');
  return { id: createHash('sha256').update(bytes).digest('hex').slice(0, 8), bytes };
}

/**
 * AES-256-GCM encryption of provider secrets at rest. The first key encrypts; every key listed
 * decrypts, so keys can be rotated: add the new key first, re-encrypt (`aigrid secrets rotate`),
 * then drop the old one. The associated data binds a ciphertext to its row (e.g. the provider
 * name), so a ciphertext copied onto another row does not decrypt.
 */
export class SecretBox {
  private readonly byId: Map<string, SecretKey>;

  constructor(private readonly keys: readonly SecretKey[]) {
    if (keys.length === 0) throw new Error('SecretBox needs at least one key');
    this.byId = new Map(keys.map((key) => [key.id, key]));
  }

  get activeKeyId(): string {
    return this.keys[0].id;
  }

  /** `v1:<key id>:<iv>:<tag>:<ciphertext>`, base64 parts. */
  encrypt(plaintext: string, associatedData: string): string {
    const key = this.keys[0];
    const iv = randomBytes(12);
    const cipher = createCipheriv(ALGORITHM, key.bytes, iv);
    cipher.setAAD(Buffer.from(associatedData, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [FORMAT, key.id, iv.toString('base64'), cipher.getAuthTag().toString('base64'), ciphertext.toString('base64')].join(':');
  }

  decrypt(sealed: string, associatedData: string): string {
    const [format, keyId, iv, tag, ciphertext] = sealed.split(':');
    if (format !== FORMAT || !ciphertext) throw new Error('not a sealed secret');
    const key = this.byId.get(keyId);
    if (!key) throw new Error(`secret was encrypted with key ${keyId}, which is not configured`);
    const decipher = createDecipheriv(ALGORITHM, key.bytes, Buffer.from(iv, 'base64'));
    decipher.setAAD(Buffer.from(associatedData, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64')), decipher.final()]).toString('utf8');
  }

  /** Key id a sealed value names. */
  static keyIdOf(sealed: string): string | undefined {
    return sealed.split(':')[1];
  }
}

/**
 * Keys from the environment: AIGRID_SECRET_KEY (active) and AIGRID_SECRET_KEYS_PREVIOUS
 * (comma-separated older keys, still accepted for decryption). Undefined when none is set.
 */
export function secretBoxFromEnv(env: NodeJS.ProcessEnv = process.env): SecretBox | undefined {
  const active = env.AIGRID_SECRET_KEY?.trim();
  if (!active) return undefined;
  const previous = (env.AIGRID_SECRET_KEYS_PREVIOUS ?? '').split(',').map((key) => key.trim()).filter(Boolean);
  return new SecretBox([active, ...previous].map(parseSecretKey));
}
