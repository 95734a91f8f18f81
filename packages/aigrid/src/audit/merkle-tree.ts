import { emptyRoot, nodeHash } from './merkle-hash.js';

// Proof generation over leaf hashes, following the recursive definitions of RFC 6962 §2.1
// (MTH, PATH, PROOF/SUBPROOF). Each works on the first `size` leaves of an array, so one read of
// the log serves any tree size up to its length.

/** The largest power of two strictly smaller than `n` (n ≥ 2): where MTH splits a tree. */
export function splitPoint(n: number): number {
  if (!Number.isSafeInteger(n) || n < 2) throw new RangeError(`a tree of ${n} leaves does not split`);
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** MTH(D[n]): the root over leaf hashes `leaves[start, end)`. */
export function merkleRoot(leaves: readonly Uint8Array[], start = 0, end = leaves.length): Buffer {
  const n = end - start;
  if (n === 0) return emptyRoot();
  if (n === 1) return Buffer.from(leaves[start]);
  const k = splitPoint(n);
  return nodeHash(merkleRoot(leaves, start, start + k), merkleRoot(leaves, start + k, end));
}

/**
 * PATH(m, D[n]): the audit path proving that leaf `index` is in the tree of the first `size`
 * leaves, ordered from the leaf's sibling up to the root's child.
 */
export function inclusionPath(leaves: readonly Uint8Array[], index: number, size = leaves.length): Buffer[] {
  checkSize(leaves, size);
  if (!Number.isSafeInteger(index) || index < 0 || index >= size) {
    throw new RangeError(`leaf ${index} is not in a tree of ${size} leaves`);
  }
  return path(leaves, index, 0, size);
}

function path(leaves: readonly Uint8Array[], index: number, start: number, end: number): Buffer[] {
  const n = end - start;
  if (n === 1) return [];
  const k = splitPoint(n);
  return index < k
    ? [...path(leaves, index, start, start + k), merkleRoot(leaves, start + k, end)]
    : [...path(leaves, index - k, start + k, end), merkleRoot(leaves, start, start + k)];
}

/**
 * PROOF(m, D[n]): the consistency proof that the tree of the first `oldSize` leaves is a prefix
 * of the tree of the first `newSize`. Empty when the sizes are equal or the old tree is empty.
 */
export function consistencyProof(leaves: readonly Uint8Array[], oldSize: number, newSize = leaves.length): Buffer[] {
  checkSize(leaves, newSize);
  if (!Number.isSafeInteger(oldSize) || oldSize < 0 || oldSize > newSize) {
    throw new RangeError(`no consistency proof from ${oldSize} to ${newSize} leaves`);
  }
  if (oldSize === 0 || oldSize === newSize) return [];
  return subproof(leaves, oldSize, 0, newSize, true);
}

function subproof(leaves: readonly Uint8Array[], m: number, start: number, end: number, complete: boolean): Buffer[] {
  const n = end - start;
  // `complete`: the old tree is exactly this subtree and the verifier already knows its hash.
  if (m === n) return complete ? [] : [merkleRoot(leaves, start, end)];
  const k = splitPoint(n);
  return m <= k
    ? [...subproof(leaves, m, start, start + k, complete), merkleRoot(leaves, start + k, end)]
    : [...subproof(leaves, m - k, start + k, end, false), merkleRoot(leaves, start, start + k)];
}

function checkSize(leaves: readonly Uint8Array[], size: number): void {
  if (!Number.isSafeInteger(size) || size < 0 || size > leaves.length) {
    throw new RangeError(`tree size ${size} is outside 0..${leaves.length}`);
  }
}
