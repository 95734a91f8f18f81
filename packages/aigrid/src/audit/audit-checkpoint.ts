import { z } from 'zod';
import { canonicalBytes } from './canonical-json.js';
import { AuditError } from './audit-error.js';
import { publicKeyFingerprint, verifySignature, type AuditSigner } from './audit-key-material.js';
import { sha256, toHex } from './merkle-hash.js';

/**
 * A signed tree head: the log's size and Merkle root at one moment, chained to the checkpoint
 * before it. The signature covers every field but `signature` and `publicKey`; `keyId` (the
 * public key's fingerprint) is among the signed fields, so the key cannot be swapped silently.
 */
export interface AuditCheckpoint {
  readonly treeSize: number;
  /** MTH of entries 0..treeSize-1, hex. */
  readonly rootHash: string;
  readonly ts: string;
  /** `checkpointHash` of the previous checkpoint, hex; null for the first. */
  readonly previousCheckpointHash: string | null;
  readonly keyId: string;
  /** Set only on a key-rotation checkpoint: the key id that signs every checkpoint after it. */
  readonly nextKeyId: string | null;
  /** Ed25519 over `checkpointSigningBytes`, base64. */
  readonly signature: string;
  /** The signer's public key, base64 SPKI DER; its fingerprint must equal `keyId`. */
  readonly publicKey: string;
}

/** The fields a signer fills in; the rest come from its key. */
export type CheckpointFields = Pick<AuditCheckpoint, 'treeSize' | 'rootHash' | 'ts' | 'previousCheckpointHash' | 'nextKeyId'>;

// Domain separation: these bytes can never be mistaken for another message signed by the key.
const SIGNING_CONTEXT = 'aigrid-audit-checkpoint-v1\n';

/** The exact bytes a checkpoint's signature covers. */
export function checkpointSigningBytes(checkpoint: Omit<AuditCheckpoint, 'signature' | 'publicKey'>): Buffer {
  const { treeSize, rootHash, ts, previousCheckpointHash, keyId, nextKeyId } = checkpoint;
  const body = canonicalBytes({ treeSize, rootHash, ts, previousCheckpointHash, keyId, nextKeyId });
  return Buffer.concat([Buffer.from(SIGNING_CONTEXT, 'utf8'), body]);
}

/** Signs checkpoint fields with `signer`. */
export function signCheckpoint(fields: CheckpointFields, signer: AuditSigner): AuditCheckpoint {
  const unsigned = { ...fields, keyId: signer.keyId };
  return { ...unsigned, signature: signer.sign(checkpointSigningBytes(unsigned)), publicKey: signer.publicKey };
}

/** What the next checkpoint's `previousCheckpointHash` must be: SHA-256 over the signed fields and signature. */
export function checkpointHash(checkpoint: AuditCheckpoint): string {
  const { treeSize, rootHash, ts, previousCheckpointHash, keyId, nextKeyId, signature } = checkpoint;
  return toHex(sha256(canonicalBytes({ treeSize, rootHash, ts, previousCheckpointHash, keyId, nextKeyId, signature })));
}

/** Why a checkpoint's signature is unacceptable, or undefined when it verifies. */
export function checkpointSignatureProblem(checkpoint: AuditCheckpoint): string | undefined {
  if (publicKeyFingerprint(checkpoint.publicKey) !== checkpoint.keyId) {
    return `its public key does not have the fingerprint ${short(checkpoint.keyId)} it claims`;
  }
  if (!verifySignature(checkpoint.publicKey, checkpointSigningBytes(checkpoint), checkpoint.signature)) {
    return `its signature does not verify under key ${short(checkpoint.keyId)}`;
  }
  return undefined;
}

/** First 16 hex digits of a key id or hash, for messages. */
export function short(hex: string): string {
  return hex.length > 16 ? `${hex.slice(0, 16)}…` : hex;
}

const hash = z.string().regex(/^[0-9a-f]{64}$/, 'a lower-case hex SHA-256');
const checkpointSchema = z.strictObject({
  treeSize: z.number().int().nonnegative(),
  rootHash: hash,
  ts: z.string().min(1),
  previousCheckpointHash: hash.nullable(),
  keyId: hash,
  nextKeyId: hash.nullable(),
  signature: z.string().min(1),
  publicKey: z.string().min(1),
});

/** Parses a checkpoint from JSON (a pinned or exported file); throws `AuditError('invalid_checkpoint')`. */
export function parseCheckpoint(value: unknown, source = 'checkpoint'): AuditCheckpoint {
  const parsed = checkpointSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AuditError('invalid_checkpoint', `${source}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}
