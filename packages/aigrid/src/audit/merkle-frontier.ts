import { emptyRoot, nodeHash } from './merkle-hash.js';

/**
 * The right edge of a growing Merkle tree: the roots of its perfect subtrees, largest first.
 * Appending is O(log n) amortised and the root of everything appended so far is available at any
 * moment, so a verifier can stream millions of leaves and check every checkpoint on the way with
 * memory for only ~log2(n) hashes. Its roots equal `merkleRoot` (MTH) for every size.
 */
export class MerkleFrontier {
  readonly #subtrees: Array<{ hash: Buffer; leaves: number }> = [];
  #size = 0;

  /** Leaves appended so far. */
  get size(): number {
    return this.#size;
  }

  /** Appends one leaf hash. */
  append(leaf: Uint8Array): void {
    let hash: Buffer = Buffer.from(leaf);
    let leaves = 1;
    // Two neighbouring perfect subtrees of equal size merge into one twice as large.
    while (this.#subtrees.length > 0 && this.#subtrees[this.#subtrees.length - 1].leaves === leaves) {
      const left = this.#subtrees.pop()!;
      hash = nodeHash(left.hash, hash);
      leaves *= 2;
    }
    this.#subtrees.push({ hash, leaves });
    this.#size += 1;
  }

  /** MTH of the leaves appended so far: the perfect subtrees folded from the right. */
  root(): Buffer {
    if (this.#subtrees.length === 0) return emptyRoot();
    let hash = this.#subtrees[this.#subtrees.length - 1].hash;
    for (let index = this.#subtrees.length - 2; index >= 0; index -= 1) {
      hash = nodeHash(this.#subtrees[index].hash, hash);
    }
    return hash;
  }
}
