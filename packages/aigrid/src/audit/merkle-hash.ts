import { createHash } from 'node:crypto';

// RFC 6962 §2.1 domain separation: a leaf can never be mistaken for an interior node.
const LEAF_PREFIX = Buffer.from([0x00]);
const NODE_PREFIX = Buffer.from([0x01]);

/** SHA-256 of arbitrary bytes. */
export function sha256(...parts: Uint8Array[]): Buffer {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
}

/** RFC 6962 leaf hash: SHA-256(0x00 || leaf bytes). */
export function leafHash(leaf: Uint8Array): Buffer {
  return sha256(LEAF_PREFIX, leaf);
}

/** RFC 6962 interior node hash: SHA-256(0x01 || left || right). */
export function nodeHash(left: Uint8Array, right: Uint8Array): Buffer {
  return sha256(NODE_PREFIX, left, right);
}

/** MTH of the empty tree: SHA-256 of the empty string (a fresh buffer each call). */
export function emptyRoot(): Buffer {
  return sha256();
}

/** Lower-case hex, the form hashes take in storage and on the wire. */
export function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex');
}

/** Parses a 32-byte hash from hex; throws on anything else. */
export function fromHex(hex: string): Buffer {
  if (!/^[0-9a-f]{64}$/i.test(hex)) throw new TypeError(`not a SHA-256 hash in hex: '${hex}'`);
  return Buffer.from(hex, 'hex');
}
