import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { emptyRoot, fromHex, leafHash, toHex } from './merkle-hash.js';
import { MerkleFrontier } from './merkle-frontier.js';
import { consistencyProof, inclusionPath, merkleRoot, splitPoint } from './merkle-tree.js';
import { verifyConsistency, verifyInclusion } from './merkle-verify.js';

// The RFC 6962 reference tree used by the Certificate Transparency implementations' tests
// (google/certificate-transparency, transparency-dev/merkle): eight leaves and the published
// roots, audit paths and consistency proofs over them. Indexes here are 0-based.
const LEAF_DATA = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'];
const LEAVES = LEAF_DATA.map((hex) => leafHash(Buffer.from(hex, 'hex')));
const ROOTS = [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];
const INCLUSION: Array<[index: number, size: number, path: string[]]> = [
  [0, 1, []],
  [0, 8, ['96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7', '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4']],
  [5, 8, ['bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b', 'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0', 'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7']],
  [2, 3, ['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125']],
  [1, 5, ['6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d', '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', 'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b']],
];
const CONSISTENCY: Array<[oldSize: number, newSize: number, proof: string[]]> = [
  [1, 1, []],
  [1, 8, ['96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7', '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4']],
  [6, 8, ['0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a', 'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0', 'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7']],
  [2, 5, ['5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', 'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b']],
];

/** Distinct leaves for trees larger than the reference one. */
const many = Array.from({ length: 20 }, (_, i) => leafHash(Buffer.from([i, 0xa5, i * 3])));
const flipped = (hash: Uint8Array): Buffer => Buffer.from(Buffer.from(hash).map((byte, i) => (i === 0 ? byte ^ 1 : byte)));

describe('merkle tree (RFC 6962 vectors)', () => {
  it('hashes leaves and the empty tree as RFC 6962 does', () => {
    assert.equal(toHex(emptyRoot()), ROOTS[0]);
    assert.equal(toHex(LEAVES[0]), ROOTS[1], 'the one-leaf root is the leaf hash of the empty string');
  });

  it('computes the published root for every size 0..8, recursively and incrementally', () => {
    const frontier = new MerkleFrontier();
    for (let size = 0; size <= LEAVES.length; size += 1) {
      assert.equal(toHex(merkleRoot(LEAVES.slice(0, size))), ROOTS[size], `MTH of ${size}`);
      assert.equal(toHex(frontier.root()), ROOTS[size], `frontier at ${size}`);
      if (size < LEAVES.length) frontier.append(LEAVES[size]);
    }
  });

  it('produces and accepts the published audit paths', () => {
    for (const [index, size, expected] of INCLUSION) {
      const path = inclusionPath(LEAVES, index, size);
      assert.deepEqual(path.map(toHex), expected, `path(${index}, ${size})`);
      assert.ok(verifyInclusion(LEAVES[index], index, size, expected.map(fromHex), fromHex(ROOTS[size])));
    }
  });

  it('produces and accepts the published consistency proofs', () => {
    for (const [oldSize, newSize, expected] of CONSISTENCY) {
      const proof = consistencyProof(LEAVES, oldSize, newSize);
      assert.deepEqual(proof.map(toHex), expected, `proof(${oldSize}, ${newSize})`);
      assert.ok(verifyConsistency(oldSize, newSize, expected.map(fromHex), fromHex(ROOTS[oldSize]), fromHex(ROOTS[newSize])));
    }
  });

  it('splits at the largest power of two below n', () => {
    assert.deepEqual([2, 3, 4, 5, 8, 9, 17].map(splitPoint), [1, 2, 2, 4, 4, 8, 16]);
    assert.throws(() => splitPoint(1), RangeError);
  });
});

describe('merkle proofs for every tree up to 20 leaves', () => {
  it('agree between the frontier and the recursive MTH', () => {
    const frontier = new MerkleFrontier();
    for (const leaf of many) {
      frontier.append(leaf);
      assert.deepEqual(frontier.root(), merkleRoot(many.slice(0, frontier.size)));
    }
  });

  it('verify every inclusion proof, and reject wrong leaves, indexes, sizes and paths', () => {
    for (let size = 1; size <= 20; size += 1) {
      const root = merkleRoot(many, 0, size);
      for (let index = 0; index < size; index += 1) {
        const path = inclusionPath(many, index, size);
        assert.ok(verifyInclusion(many[index], index, size, path, root), `leaf ${index} of ${size}`);
        assert.ok(!verifyInclusion(flipped(many[index]), index, size, path, root), 'altered leaf');
        assert.ok(!verifyInclusion(many[index], index, size, path, flipped(root)), 'altered root');
        if (size > 1) assert.ok(!verifyInclusion(many[index], (index + 1) % size, size, path, root), 'wrong index');
        // The root binds the size: a path checked against a bigger tree's root fails.
        if (size < 20) assert.ok(!verifyInclusion(many[index], index, size + 1, path, merkleRoot(many, 0, size + 1)), 'wrong size');
        assert.ok(!verifyInclusion(many[index], index, size, [...path, root], root), 'extra node');
        for (let at = 0; at < path.length; at += 1) {
          const bad = path.map((node, i) => (i === at ? flipped(node) : node));
          assert.ok(!verifyInclusion(many[index], index, size, bad, root), `altered node ${at}`);
        }
        if (path.length > 0) assert.ok(!verifyInclusion(many[index], index, size, path.slice(0, -1), root), 'short path');
      }
      assert.ok(!verifyInclusion(many[0], size, size, [], root), 'index beyond the tree');
    }
  });

  it('verify every consistency proof m ≤ n, and reject altered roots and proofs', () => {
    for (let newSize = 1; newSize <= 20; newSize += 1) {
      const newRoot = merkleRoot(many, 0, newSize);
      for (let oldSize = 0; oldSize <= newSize; oldSize += 1) {
        const oldRoot = merkleRoot(many, 0, oldSize);
        const proof = consistencyProof(many, oldSize, newSize);
        const label = `${oldSize} → ${newSize}`;
        assert.ok(verifyConsistency(oldSize, newSize, proof, oldRoot, newRoot), label);
        if (oldSize === 0) continue; // The empty tree is consistent with everything.
        assert.ok(!verifyConsistency(oldSize, newSize, proof, flipped(oldRoot), newRoot), `${label}: altered old root`);
        assert.ok(!verifyConsistency(oldSize, newSize, proof, oldRoot, flipped(newRoot)), `${label}: altered new root`);
        if (oldSize === newSize) continue;
        for (let at = 0; at < proof.length; at += 1) {
          const bad = proof.map((node, i) => (i === at ? flipped(node) : node));
          assert.ok(!verifyConsistency(oldSize, newSize, bad, oldRoot, newRoot), `${label}: altered node ${at}`);
        }
        assert.ok(!verifyConsistency(oldSize, newSize, proof.slice(0, -1), oldRoot, newRoot), `${label}: short proof`);
        if (newSize < 20) {
          const biggerRoot = merkleRoot(many, 0, newSize + 1);
          assert.ok(!verifyConsistency(oldSize, newSize + 1, proof, oldRoot, biggerRoot), `${label}: wrong new size`);
        }
        // A tree that rewrote an old leaf is not an extension of the old one.
        const rewritten = [...many.slice(0, newSize)];
        rewritten[oldSize - 1] = flipped(rewritten[oldSize - 1]);
        const forged = consistencyProof(rewritten, oldSize, newSize);
        assert.ok(!verifyConsistency(oldSize, newSize, forged, oldRoot, merkleRoot(rewritten)), `${label}: rewritten history`);
      }
    }
  });

  it('refuses to build proofs outside the tree', () => {
    assert.throws(() => inclusionPath(many, 5, 5), RangeError);
    assert.throws(() => inclusionPath(many, 0, 21), RangeError);
    assert.throws(() => consistencyProof(many, 6, 5), RangeError);
  });
});
