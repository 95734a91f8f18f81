import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { AuditError } from './audit-error.js';
import { sha256, toHex } from './merkle-hash.js';

/** Signs checkpoints with one Ed25519 key. */
export interface AuditSigner {
  /** Fingerprint: hex SHA-256 of the public key's SPKI DER encoding. */
  readonly keyId: string;
  /** The public key, base64 SPKI DER: all a verifier needs. */
  readonly publicKey: string;
  /** Ed25519 signature over `data`, base64. */
  sign(data: Uint8Array): string;
}

/** A signer over an Ed25519 private key. */
export function signerFromPrivateKey(privateKey: KeyObject): AuditSigner {
  if (privateKey.type !== 'private' || privateKey.asymmetricKeyType !== 'ed25519') {
    throw new AuditError('invalid_key', `the audit signing key must be an Ed25519 private key, not ${privateKey.asymmetricKeyType ?? privateKey.type}`);
  }
  const publicKey = createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).toString('base64');
  return {
    keyId: publicKeyFingerprint(publicKey),
    publicKey,
    sign: (data) => sign(null, data, privateKey).toString('base64'),
  };
}

/** Parses an Ed25519 private key given as PKCS#8 PEM or as base64 PKCS#8 DER. */
export function parsePrivateKey(text: string): KeyObject {
  const trimmed = text.trim();
  try {
    return trimmed.startsWith('-----BEGIN')
      ? createPrivateKey({ key: trimmed, format: 'pem' })
      : createPrivateKey({ key: Buffer.from(trimmed, 'base64'), format: 'der', type: 'pkcs8' });
  } catch (error) {
    throw new AuditError('invalid_key', `the audit signing key is neither a PKCS#8 PEM nor base64 PKCS#8 DER: ${(error as Error).message}`);
  }
}

/** A fresh Ed25519 key: its signer and its PKCS#8 PEM, for writing to a file. */
export function generateAuditKey(): { signer: AuditSigner; pem: string } {
  const { privateKey } = generateKeyPairSync('ed25519');
  return { signer: signerFromPrivateKey(privateKey), pem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString() };
}

/** Key id of a base64 SPKI DER public key. */
export function publicKeyFingerprint(publicKey: string): string {
  return toHex(sha256(Buffer.from(publicKey, 'base64')));
}

/** True when `signature` (base64) is a valid Ed25519 signature by `publicKey` over `data`. */
export function verifySignature(publicKey: string, data: Uint8Array, signature: string): boolean {
  try {
    const key = createPublicKey({ key: Buffer.from(publicKey, 'base64'), format: 'der', type: 'spki' });
    if (key.asymmetricKeyType !== 'ed25519') return false;
    return verify(null, data, key, Buffer.from(signature, 'base64'));
  } catch {
    // A mangled key or signature is a failed verification, not a crash.
    return false;
  }
}

/** Base64 SPKI DER of a public key given as PEM (what an auditor is handed). */
export function publicKeyFromPem(pem: string): string {
  try {
    return createPublicKey(pem).export({ format: 'der', type: 'spki' }).toString('base64');
  } catch (error) {
    throw new AuditError('invalid_key', `not a public key PEM: ${(error as Error).message}`);
  }
}
