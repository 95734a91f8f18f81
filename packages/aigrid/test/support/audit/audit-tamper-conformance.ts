import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCheckpointFile } from '../../../src/audit/audit-anchor.js';
import { signCheckpoint } from '../../../src/audit/audit-checkpoint.js';
import { entryLeafHash } from '../../../src/audit/audit-entry.js';
import { generateAuditKey } from '../../../src/audit/audit-key-material.js';
import type { AuditLog } from '../../../src/audit/audit-log.js';
import { withAuditFixture } from './audit-conformance.js';
import { appendSamples, type AuditFixture, type AuditStoreFixture } from './audit-test-fixtures.js';
import type { AuditVerifyResult } from '../../../src/audit/audit-verifier.js';

// Checkpoints every 4 entries over 14 entries: checkpoints at sizes 4, 8 and 12, two unsigned.
const EVERY = 4;
const SIZE = 14;

/** Asserts that verification failed at `seq` with a reason matching `reason`. */
function assertCaught(result: AuditVerifyResult, seq: number, reason: RegExp): void {
  assert.equal(result.ok, false, `tampering went unnoticed: ${JSON.stringify(result)}`);
  if (result.ok) return;
  assert.equal(result.firstBadSeq, seq, result.reason);
  assert.match(result.reason, reason);
}

/** Rewrites entry `seq`'s leaf hash to match its (tampered) fields, as a careful attacker would. */
async function rehash(fixture: AuditFixture, seq: number): Promise<void> {
  const row = (await fixture.repository.entry(seq))!;
  const leafHash = entryLeafHash({ ...row, details: JSON.parse(row.detailsJson) });
  await fixture.exec(`update audit_entries set leaf_hash = '${leafHash}' where seq = ${seq}`);
}

/** Every kind of tampering must make verify fail at the first entry it can no longer vouch for. */
export function describeAuditTampering(dialect: string, createFixture: () => AuditStoreFixture): void {
  const tampered = (test: (fixture: AuditFixture, audit: AuditLog) => Promise<void>) =>
    withAuditFixture(createFixture, async (fixture) => {
      const audit = fixture.log({ checkpointEvery: EVERY });
      await appendSamples(audit, SIZE);
      assert.ok((await audit.verify()).ok, 'the log starts intact');
      await test(fixture, audit);
    });

  describe(`audit log tampering: ${dialect}`, () => {
    it('catches altered details, actor and action at the altered entry', tampered(async (fixture, audit) => {
      await fixture.exec(`update audit_entries set details = '{"n":5,"tenant":"evil"}' where seq = 5`);
      assertCaught(await audit.verify(), 5, /entry 5 does not match its leaf hash/);
      await fixture.exec(`update audit_entries set actor = 'mallory' where seq = 2`);
      assertCaught(await audit.verify(), 2, /entry 2 does not match/);
      await fixture.exec(`update audit_entries set action = 'key.create' where seq = 1`);
      assertCaught(await audit.verify(), 1, /entry 1 does not match/);
      await fixture.exec(`update audit_entries set details = 'not json' where seq = 0`);
      assertCaught(await audit.verify(), 0, /entry 0: its details are not a JSON object/);
    }));

    it('catches an alteration whose leaf hash was recomputed, at its checkpoint', tampered(async (fixture, audit) => {
      await fixture.exec(`update audit_entries set actor = 'mallory' where seq = 6`);
      await rehash(fixture, 6);
      assertCaught(await audit.verify(), 4, /entries 4\.\.7 do not match the checkpoint at size 8/);
    }));

    it('catches an alteration in the unsigned tail only by its leaf hash', tampered(async (fixture, audit) => {
      await fixture.exec(`update audit_entries set target = 'key_x' where seq = 13`);
      assertCaught(await audit.verify(), 13, /entry 13 does not match/);
    }));

    it('catches an entry deleted from the middle', tampered(async (fixture, audit) => {
      await fixture.exec('delete from audit_entries where seq = 5');
      assertCaught(await audit.verify(), 5, /entry 5 is missing: the next stored entry is 6/);
    }));

    it('catches two entries reordered by swapping their seqs', tampered(async (fixture, audit) => {
      await fixture.exec('update audit_entries set seq = -1 where seq = 3');
      await fixture.exec('update audit_entries set seq = 3 where seq = 9');
      await fixture.exec('update audit_entries set seq = 9 where seq = -1');
      assertCaught(await audit.verify(), 3, /entry 3 does not match its leaf hash/);
      await rehash(fixture, 3);
      await rehash(fixture, 9);
      assertCaught(await audit.verify(), 0, /entries 0\.\.3 do not match the checkpoint at size 4/);
    }));

    it('catches a truncated tail that checkpoints or the head counter still cover', tampered(async (fixture, audit) => {
      await fixture.exec('delete from audit_entries where seq >= 10');
      assertCaught(await audit.verify(), 10, /holds 10 entries but the newest checkpoint covers 12: entries 10\.\.11 were deleted/);
      await fixture.exec('delete from audit_checkpoints where tree_size = 12');
      assertCaught(await audit.verify(), 10, /head counter records 14/);
    }));

    it('catches a clean truncation (entries, checkpoint and counter) only against a pin', withAuditFixture(createFixture, async (fixture) => {
      const dir = await mkdtemp(join(tmpdir(), 'aigrid-anchor-'));
      try {
        const anchorPath = join(dir, 'audit-anchor.json');
        const audit = fixture.log({ checkpointEvery: EVERY, anchorPath });
        await appendSamples(audit, SIZE);
        await fixture.exec('delete from audit_entries where seq >= 8');
        await fixture.exec('delete from audit_checkpoints where tree_size > 8');
        await fixture.exec('update audit_head set next_seq = 8');
        const unpinned = await audit.verify();
        assert.ok(unpinned.ok && unpinned.size === 8, 'a clean truncation leaves a valid shorter log');
        assert.ok(unpinned.warnings.some((warning) => /deleting the newest entries/.test(warning)));
        const pinned = await readCheckpointFile(anchorPath);
        assert.equal(pinned?.treeSize, 12, 'the anchor file kept the newest checkpoint');
        assertCaught(await audit.verify({ pinned }), 8, /the pinned checkpoint covers 12: entries 8\.\.11 were deleted/);
        assertCaught(await audit.verify({ expectSize: SIZE }), 8, /expects at least 14/);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    }));

    it('catches a log rewritten after the pinned checkpoint was taken', tampered(async (fixture, audit) => {
      const pinned = (await fixture.repository.checkpoints())[1];
      await fixture.exec(`update audit_entries set actor = 'mallory' where seq = 6`);
      await rehash(fixture, 6);
      // The attacker also re-signs every checkpoint with a key of their own…
      const forger = generateAuditKey().signer;
      await fixture.exec('delete from audit_checkpoints');
      const replay = fixture.log({ signer: forger });
      await replay.checkpoint();
      const result = await audit.verify({ pinned, trustedKeyIds: [] });
      assertCaught(result, 0, /not trusted|pinned checkpoint/);
      // …which trust on first use alone would accept, but the pin does not.
      assert.ok((await replay.verify({ trustedKeyIds: [] })).ok);
      assertCaught(await replay.verify({ pinned }), 0, /not trusted|pinned/);
    }));

    it('catches a checkpoint whose root was altered under its signature', tampered(async (fixture, audit) => {
      await fixture.exec(`update audit_checkpoints set root_hash = '${'ab'.repeat(32)}' where tree_size = 8`);
      assertCaught(await audit.verify(), 4, /checkpoint at size 8: its signature does not verify/);
    }));

    it('catches a checkpoint forged with another key', tampered(async (fixture, audit) => {
      const [first, second] = await fixture.repository.checkpoints();
      const forger = generateAuditKey().signer;
      const forged = signCheckpoint({ ...second, rootHash: 'cd'.repeat(32) }, forger);
      await fixture.exec(
        `update audit_checkpoints set root_hash = '${forged.rootHash}', signature = '${forged.signature}', key_id = '${forged.keyId}', public_key = '${forged.publicKey}' where tree_size = 8`,
      );
      assertCaught(await audit.verify(), first.treeSize, /checkpoint at size 8: it is signed by key .* but the chain expects/);
    }));

    it('catches a broken checkpoint chain', tampered(async (fixture, audit) => {
      await fixture.exec('delete from audit_checkpoints where tree_size = 8');
      assertCaught(await audit.verify(), 4, /checkpoint at size 12: it does not link to the checkpoint at size 4/);
    }));

    it('catches a rewritten previous hash and a deleted first checkpoint', tampered(async (fixture, audit) => {
      await fixture.exec(`update audit_checkpoints set previous_hash = '${'00'.repeat(32)}' where tree_size = 12`);
      assertCaught(await audit.verify(), 8, /checkpoint at size 12: it does not link/);
      await fixture.exec('delete from audit_checkpoints where tree_size = 4');
      assertCaught(await audit.verify(), 0, /checkpoint at size 8: it is the first checkpoint stored but links to an earlier one/);
    }));
  });
}
