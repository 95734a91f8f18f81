import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCheckpointFile, writeAnchor } from './audit-anchor.js';
import { checkpointHash, checkpointSignatureProblem, checkpointSigningBytes, parseCheckpoint, signCheckpoint } from './audit-checkpoint.js';
import { AuditError } from './audit-error.js';
import { generateAuditKey, publicKeyFingerprint } from './audit-key-material.js';

const { signer } = generateAuditKey();
const fields = { treeSize: 3, rootHash: 'ab'.repeat(32), ts: '2025-01-01T00:00:00.000Z', previousCheckpointHash: null, nextKeyId: null };

describe('audit checkpoints', () => {
  it('are signed over a domain-separated canonical form that includes the key id', () => {
    const checkpoint = signCheckpoint(fields, signer);
    assert.equal(checkpoint.keyId, signer.keyId);
    assert.equal(checkpoint.keyId, publicKeyFingerprint(checkpoint.publicKey));
    assert.equal(
      checkpointSigningBytes(checkpoint).toString(),
      `aigrid-audit-checkpoint-v1\n{"keyId":"${signer.keyId}","nextKeyId":null,"previousCheckpointHash":null,"rootHash":"${'ab'.repeat(32)}","treeSize":3,"ts":"2025-01-01T00:00:00.000Z"}`,
    );
    assert.equal(checkpointSignatureProblem(checkpoint), undefined);
  });

  it('fail verification when any signed field, the signature or the key changes', () => {
    const checkpoint = signCheckpoint(fields, signer);
    const other = generateAuditKey().signer;
    const changes = [
      { treeSize: 4 },
      { rootHash: 'cd'.repeat(32) },
      { ts: '2025-01-01T00:00:01.000Z' },
      { previousCheckpointHash: '00'.repeat(32) },
      { nextKeyId: other.keyId },
      { signature: signCheckpoint({ ...fields, treeSize: 4 }, signer).signature },
      { signature: 'not base64 at all' },
      { publicKey: other.publicKey },
      { publicKey: other.publicKey, keyId: other.keyId },
    ];
    for (const change of changes) {
      assert.ok(checkpointSignatureProblem({ ...checkpoint, ...change }), JSON.stringify(change));
    }
  });

  it('chain through a hash that covers the signature', () => {
    const first = signCheckpoint(fields, signer);
    const again = signCheckpoint(fields, generateAuditKey().signer);
    assert.match(checkpointHash(first), /^[0-9a-f]{64}$/);
    assert.notEqual(checkpointHash(first), checkpointHash(again));
    assert.equal(checkpointHash(first), checkpointHash({ ...first, publicKey: 'ignored: keyId binds it' }));
  });

  it('parse strictly from JSON', () => {
    const checkpoint = signCheckpoint(fields, signer);
    assert.deepEqual(parseCheckpoint(JSON.parse(JSON.stringify(checkpoint))), checkpoint);
    assert.throws(() => parseCheckpoint({ ...checkpoint, extra: 1 }, 'pin.json'), /pin\.json/);
    assert.throws(() => parseCheckpoint({ ...checkpoint, rootHash: 'XY' }), (error: unknown) => error instanceof AuditError && /rootHash/.test(error.message));
  });

  it('are mirrored to an anchor file that only ever grows', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aigrid-anchor-'));
    try {
      const path = join(dir, 'nested', 'audit-anchor.json');
      assert.equal(await readCheckpointFile(path), undefined);
      const big = signCheckpoint({ ...fields, treeSize: 10 }, signer);
      await writeAnchor(path, big);
      await writeAnchor(path, signCheckpoint({ ...fields, treeSize: 5 }, signer));
      assert.deepEqual(await readCheckpointFile(path), big);
      await writeFile(path, '{ nope');
      await assert.rejects(readCheckpointFile(path), /not JSON/);
      assert.match(await readFile(path, 'utf8'), /nope/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
