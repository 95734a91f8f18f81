import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkpointHash } from '../../../src/audit/audit-checkpoint.js';
import { entryLeafHash } from '../../../src/audit/audit-entry.js';
import { AuditError } from '../../../src/audit/audit-error.js';
import { generateAuditKey } from '../../../src/audit/audit-key-material.js';
import { verifyAuditConsistency, verifyAuditProof } from '../../../src/audit/audit-proof.js';
import { appendSamples, openAuditFixture, sampleInput, type AuditFixture, type AuditStoreFixture } from './audit-test-fixtures.js';
import { verifyAuditLog } from '../../../src/audit/audit-verifier.js';

/** Runs `test` on a fresh database, disposing of it afterwards. */
export function withAuditFixture(createFixture: () => AuditStoreFixture, test: (fixture: AuditFixture) => Promise<void>): () => Promise<void> {
  return async () => {
    const fixture = await openAuditFixture(createFixture);
    try {
      await test(fixture);
    } finally {
      await fixture.dispose();
    }
  };
}

/** What every store dialect's audit log must do; tampering lives in audit-tamper-conformance.ts. */
export function describeAuditConformance(dialect: string, createFixture: () => AuditStoreFixture): void {
  const fresh = (test: (fixture: AuditFixture) => Promise<void>) => withAuditFixture(createFixture, test);

  describe(`audit log conformance: ${dialect}`, () => {
    it('appends consecutive seqs from 0 with the leaf hash of the stored entry', fresh(async ({ log }) => {
      const audit = log({ now: () => new Date('2025-01-02T03:04:05.000Z') });
      for (let n = 0; n < 5; n += 1) {
        const { seq, leafHash } = await audit.append(sampleInput(n));
        assert.equal(seq, n);
        assert.equal(leafHash, entryLeafHash({ seq, ts: '2025-01-02T03:04:05.000Z', ...sampleInput(n) }));
      }
      const listed = await audit.list({ limit: 3 });
      assert.deepEqual(listed.map((entry) => entry.seq), [4, 3, 2]);
      assert.deepEqual(listed[0].details, sampleInput(4).details);
      assert.deepEqual((await audit.list({ before: 2 })).map((entry) => entry.seq), [1, 0]);
    }));

    it('refuses malformed entries and secrets without using up a seq', fresh(async ({ log }) => {
      const audit = log();
      const refuse = (input: object) => assert.rejects(audit.append({ ...sampleInput(0), ...input }), (error: unknown) => error instanceof AuditError && error.code === 'invalid_entry');
      await refuse({ action: 'Create Key' });
      await refuse({ actor: '' });
      await refuse({ details: { apiKey: 'sk-live-123' } });
      await refuse({ details: { upstream: { client_secret: 'x' } } });
      await refuse({ details: { at: new Date() } });
      await refuse({ details: [1, 2] });
      const { seq } = await audit.append({ ...sampleInput(0), details: { max_tokens: 100, keyId: 'key_1', prefix: 'sk-aigrid-AbC12x' } });
      assert.equal(seq, 0);
    }));

    it('checkpoints every N entries, chaining each to the one before', fresh(async ({ log, repository, signer }) => {
      const audit = log({ checkpointEvery: 4 });
      const results = [];
      for (let n = 0; n < 10; n += 1) results.push(await audit.append(sampleInput(n)));
      assert.deepEqual(results.filter((result) => result.checkpoint).map((result) => result.seq), [3, 7]);
      const checkpoints = await repository.checkpoints();
      assert.deepEqual(checkpoints.map((checkpoint) => checkpoint.treeSize), [4, 8]);
      assert.equal(checkpoints[0].previousCheckpointHash, null);
      assert.equal(checkpoints[1].previousCheckpointHash, checkpointHash(checkpoints[0]));
      assert.equal(checkpoints[1].keyId, signer.keyId);
      const onDemand = await audit.checkpoint();
      assert.equal(onDemand.treeSize, 10);
      assert.deepEqual(await audit.checkpoint(), onDemand, 'nothing new: the newest checkpoint is returned');
    }));

    it('verifies an intact log and says what it could not check', fresh(async ({ log, repository }) => {
      const audit = log({ checkpointEvery: 5 });
      const empty = await audit.verify();
      assert.ok(empty.ok && empty.size === 0 && empty.checkpoints === 0, JSON.stringify(empty));
      await appendSamples(audit, 12);
      const result = await audit.verify();
      assert.equal(result.ok, true, JSON.stringify(result));
      assert.ok(result.ok);
      assert.deepEqual([result.size, result.checkpoints, result.checkpointedSize, result.keyIds], [12, 2, 10, [audit.keyId]]);
      assert.ok(result.warnings.some((warning) => /2 entries after the newest checkpoint/.test(warning)));
      const tofu = await verifyAuditLog(repository);
      assert.ok(tofu.ok && tofu.warnings.some((warning) => /trusted .* on first use/.test(warning)));
      const small = await verifyAuditLog(repository, { pageSize: 3, expectSize: 12, trustedKeyIds: [audit.keyId] });
      assert.ok(small.ok && small.warnings.length === 1, JSON.stringify(small));
    }));

    it('proves an entry to a third party against the signed checkpoint', fresh(async ({ log }) => {
      const audit = log();
      await appendSamples(audit, 11);
      await assert.rejects(audit.proof(3), (error: unknown) => error instanceof AuditError && error.code === 'not_checkpointed');
      await audit.checkpoint();
      for (const seq of [0, 3, 10]) {
        const proof = JSON.parse(JSON.stringify(await audit.proof(seq)));
        assert.deepEqual(verifyAuditProof(proof, { trustedKeyIds: [audit.keyId] }), { ok: true });
      }
      const proof = await audit.proof(6);
      assert.equal(verifyAuditProof(proof, { trustedKeyIds: ['0'.repeat(64)] }).ok, false);
      assert.equal(verifyAuditProof({ ...proof, entry: { ...proof.entry, actor: 'mallory' } }).ok, false);
      assert.equal(verifyAuditProof({ ...proof, seq: 5 }).ok, false);
      assert.equal(verifyAuditProof({ ...proof, auditPath: [...proof.auditPath].reverse() }).ok, false);
      assert.equal(verifyAuditProof({ ...proof, checkpoint: { ...proof.checkpoint, treeSize: 12 }, treeSize: 12 }).ok, false);
      await assert.rejects(audit.proof(11), /not covered/);
    }));

    it('proves that a later checkpoint extends an earlier one', fresh(async ({ log }) => {
      const audit = log();
      await appendSamples(audit, 6);
      const early = await audit.checkpoint();
      await appendSamples(audit, 7, 6);
      await audit.checkpoint();
      const proof = await audit.consistency(early.treeSize);
      assert.equal(proof.toSize, 13);
      assert.deepEqual(verifyAuditConsistency(proof, early.rootHash), { ok: true });
      assert.equal(verifyAuditConsistency(proof, proof.checkpoint.rootHash).ok, false);
    }));

    it('rotates keys: the old key introduces the new one, and trust carries over', fresh(async ({ log, repository, signer }) => {
      const audit = log({ checkpointEvery: 3 });
      await appendSamples(audit, 4);
      const next = generateAuditKey().signer;
      const rotation = await audit.rotateKey(next, 'admin');
      assert.deepEqual([rotation.treeSize, rotation.keyId, rotation.nextKeyId], [5, signer.keyId, next.keyId]);
      assert.equal(audit.keyId, next.keyId);
      await appendSamples(audit, 4, 4);
      const newest = await repository.latestCheckpoint();
      assert.equal(newest?.keyId, next.keyId);
      for (const trusted of [[signer.keyId], [next.keyId]]) {
        const result = await verifyAuditLog(repository, { trustedKeyIds: trusted });
        assert.ok(result.ok, JSON.stringify(result));
        assert.deepEqual(result.keyIds, [signer.keyId, next.keyId]);
      }
      const stale = log({ signer });
      await audit.append(sampleInput(99));
      await assert.rejects(stale.checkpoint(), (error: unknown) => error instanceof AuditError && error.code === 'wrong_signing_key');
      const other = generateAuditKey().signer;
      const untrusted = await verifyAuditLog(repository, { trustedKeyIds: [other.keyId] });
      assert.equal(untrusted.ok, false);
      assert.match(!untrusted.ok ? untrusted.reason : '', /not trusted/);
    }));

    it('reports a failed automatic checkpoint without losing the entry', fresh(async ({ log }) => {
      const first = log();
      await first.append(sampleInput(0));
      await first.checkpoint();
      const errors: unknown[] = [];
      const stranger = log({ signer: generateAuditKey().signer, checkpointEvery: 1, onCheckpointError: (error) => errors.push(error) });
      const result = await stranger.append(sampleInput(1));
      assert.equal(result.seq, 1);
      assert.equal(result.checkpoint, undefined);
      assert.equal((errors[0] as AuditError).code, 'wrong_signing_key');
      await assert.rejects(log({ signer: generateAuditKey().signer, checkpointEvery: 1 }).append(sampleInput(2)), /continue with key/);
      assert.equal((await first.list({ limit: 1 }))[0].seq, 2);
    }));

    it('lets the first process to start fix the signing key for every other', fresh(async ({ log, repository, signer }) => {
      const empty = log();
      await empty.claimSigningKey();
      assert.equal(await repository.latestCheckpoint(), undefined, 'nothing to sign yet');
      const first = log();
      await first.append(sampleInput(0));
      await first.claimSigningKey();
      assert.equal((await repository.latestCheckpoint())?.keyId, signer.keyId);
      await first.claimSigningKey();
      const other = log({ signer: generateAuditKey().signer });
      await assert.rejects(other.claimSigningKey(), (error: unknown) => error instanceof AuditError && error.code === 'wrong_signing_key');
      const rotatedTo = generateAuditKey().signer;
      await first.rotateKey(rotatedTo);
      await assert.rejects(log({ signer }).claimSigningKey(), /continue with key/);
      await log({ signer: rotatedTo }).claimSigningKey();
    }));

    it('hands out consecutive seqs to concurrent appenders in one process', fresh(async ({ log }) => {
      const audit = log({ checkpointEvery: 7 });
      const results = await Promise.all(Array.from({ length: 40 }, (_, n) => audit.append(sampleInput(n))));
      assert.deepEqual(results.map((result) => result.seq).sort((a, b) => a - b), Array.from({ length: 40 }, (_, n) => n));
      const verified = await audit.verify();
      assert.ok(verified.ok && verified.size === 40, JSON.stringify(verified));
    }));
  });
}
