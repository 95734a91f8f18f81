import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { generateAuditKey, openAuditLog, verifyAuditProof } from '../src/audit/index.js';
import { ensureAuditTables, sampleInput } from './support/audit/audit-test-fixtures.js';
import { openStore } from '../src/store/open-store.js';
import { runCli } from './support/run-cli.js';

const dirs: string[] = [];
after(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

/** A config whose data dir holds a log of `size` entries, checkpointed every 5 (anchor included). */
async function setupLog(size: number): Promise<{ dir: string; config: string; database: string; keyId: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'aigrid-audit-cli-'));
  dirs.push(dir);
  const config = join(dir, 'aigrid.hcl');
  const dataDir = join(dir, 'data');
  await writeFile(config, `data_dir = "${dataDir}"\n`);
  const database = `sqlite:${join(dataDir, 'aigrid.db')}`;
  const store = await openStore(database);
  try {
    await ensureAuditTables(store.db);
    const log = await openAuditLog({ store, dataDir, env: {}, checkpointEvery: 5 });
    for (let n = 0; n < size; n += 1) await log.append(sampleInput(n));
    return { dir, config, database, keyId: log.keyId };
  } finally {
    await store.close();
  }
}

/** Runs raw SQL against a log's database (the tampering). */
async function tamper(database: string, ...statements: string[]): Promise<void> {
  const store = await openStore(database);
  try {
    for (const statement of statements) await sql.raw(statement).execute(store.db);
  } finally {
    await store.close();
  }
}

/** Appends one entry as a gateway signing with `pem` would. */
async function appendOne(database: string, dataDir: string, pem: string): Promise<void> {
  const store = await openStore(database);
  try {
    const log = await openAuditLog({ store, dataDir, env: { AIGRID_AUDIT_KEY: pem }, checkpointEvery: 0 });
    await log.append(sampleInput(100));
  } finally {
    await store.close();
  }
}

describe('aigrid audit', () => {
  it('verifies an intact log in one line, or as JSON', async () => {
    const { config } = await setupLog(12);
    const text = runCli(['audit', 'verify', '--config', config]);
    assert.equal(text.status, 0, text.stderr);
    assert.match(text.stdout, /^audit log intact: 12 entries, 2 checkpoints \(newest covers 10\), keys [0-9a-f]{16}…, extends the pinned checkpoint of 10\n/);
    assert.match(text.stdout, /note: 2 entries after the newest checkpoint are not signed yet/);
    const json = runCli(['audit', 'verify', '--json', '--config', config]);
    assert.equal(json.status, 0, json.stderr);
    assert.deepEqual(JSON.parse(json.stdout), { ...JSON.parse(json.stdout), ok: true, size: 12, checkpoints: 2, pinnedSize: 10 });
  });

  it('lists entries newest first', async () => {
    const { config } = await setupLog(6);
    const table = runCli(['audit', 'list', '--limit', '3', '--config', config]);
    assert.equal(table.status, 0, table.stderr);
    const lines = table.stdout.trim().split('\n');
    assert.match(lines[0], /^SEQ\s+TIME\s+ACTOR\s+ACTION\s+TARGET\s+DETAILS$/);
    assert.deepEqual(lines.slice(1).map((line) => line.split(/\s+/)[0]), ['5', '4', '3']);
    const json = JSON.parse(runCli(['audit', 'list', '--json', '--before', '2', '--config', config]).stdout);
    assert.deepEqual(json.map((entry: { seq: number }) => entry.seq), [1, 0]);
    assert.deepEqual(json[0].details, sampleInput(1).details);
  });

  it('prints proofs a third party can check, signing a checkpoint when asked', async () => {
    const { config, keyId } = await setupLog(7);
    const proof = runCli(['audit', 'proof', '3', '--json', '--config', config]);
    assert.equal(proof.status, 0, proof.stderr);
    assert.deepEqual(verifyAuditProof(JSON.parse(proof.stdout), { trustedKeyIds: [keyId] }), { ok: true });
    const readable = runCli(['audit', 'proof', '3', '--config', config]);
    assert.match(readable.stdout, /entry 3: policy\.refuse by cli on key_3/);
    assert.match(readable.stdout, /audit path {2}3 nodes/);
    const uncovered = runCli(['audit', 'proof', '6', '--config', config]);
    assert.equal(uncovered.status, 1);
    assert.match(uncovered.stderr, /^aigrid: Entry 6 is not covered by a checkpoint \(the newest covers entries 0 to 4\): run `aigrid audit checkpoint` first, or add --checkpoint\.\n$/);
    const beyond = runCli(['audit', 'proof', '99', '--config', config]);
    assert.equal(beyond.status, 1);
    assert.match(beyond.stderr, /^aigrid: No audit entry 99: the log holds entries 0 to 6/);
    const covered = runCli(['audit', 'proof', '6', '--checkpoint', '--json', '--config', config]);
    assert.equal(covered.status, 0, covered.stderr);
    assert.equal(JSON.parse(covered.stdout).treeSize, 7);
    const checkpoint = runCli(['audit', 'checkpoint', '--config', config]);
    assert.match(checkpoint.stdout, /^checkpoint at size 7: root [0-9a-f]{64}, signed \S+ by key [0-9a-f]{16}…\n$/);
  });

  it('exits 1 naming the first bad entry when an entry was altered', async () => {
    const { config, database } = await setupLog(12);
    await tamper(database, `update audit_entries set details = '{"n":4,"tenant":"evil"}' where seq = 4`);
    const text = runCli(['audit', 'verify', '--config', config]);
    assert.equal(text.status, 1);
    assert.equal(text.stdout, '');
    assert.match(text.stderr, /^aigrid: audit log verification FAILED at entry 4: entry 4 does not match its leaf hash/);
    const json = runCli(['audit', 'verify', '--json', '--config', config]);
    assert.equal(json.status, 1);
    assert.deepEqual(JSON.parse(json.stdout).firstBadSeq, 4);
  });

  it('catches a clean truncation through the anchor file, and says so without it', async () => {
    const { config, database } = await setupLog(12);
    await tamper(database, 'delete from audit_entries where seq >= 5', 'delete from audit_checkpoints where tree_size > 5', 'update audit_head set next_seq = 5');
    const anchored = runCli(['audit', 'verify', '--config', config]);
    assert.equal(anchored.status, 1);
    assert.match(anchored.stderr, /FAILED at entry 5: the log holds 5 entries but the pinned checkpoint covers 10/);
    const unanchored = runCli(['audit', 'verify', '--no-anchor', '--config', config]);
    assert.equal(unanchored.status, 0, unanchored.stderr);
    assert.match(unanchored.stdout, /note: no pinned checkpoint or expected size/);
    const expected = runCli(['audit', 'verify', '--no-anchor', '--expect-size', '12', '--config', config]);
    assert.equal(expected.status, 1);
    assert.match(expected.stderr, /FAILED at entry 5: .*expects at least 12/);
  });

  it('rotates the signing key, and verification follows the hand-over', async () => {
    const { dir, config, database } = await setupLog(6);
    const newKey = join(dir, 'next.pem');
    const next = generateAuditKey();
    await writeFile(newKey, next.pem, { mode: 0o600 });
    const rotated = runCli(['audit', 'rotate-key', '--new-key', newKey, '--config', config]);
    assert.equal(rotated.status, 0, rotated.stderr);
    assert.match(rotated.stdout, new RegExp(`checkpoint at size 7: .*hands over to key ${next.signer.keyId.slice(0, 16)}`));
    await appendOne(database, join(dir, 'data'), next.pem);
    const stale = runCli(['audit', 'checkpoint', '--config', config]);
    assert.equal(stale.status, 1, 'the old key may no longer sign');
    assert.match(stale.stderr, /continue with key/);
    const fresh = runCli(['audit', 'checkpoint', '--audit-key', newKey, '--config', config]);
    assert.equal(fresh.status, 0, fresh.stderr);
    for (const keyFlags of [[], ['--audit-key', newKey]]) {
      const verified = runCli(['audit', 'verify', ...keyFlags, '--config', config]);
      assert.equal(verified.status, 0, verified.stderr);
      assert.match(verified.stdout, /8 entries, 3 checkpoints .*keys [0-9a-f]{16}…, [0-9a-f]{16}…/);
    }
  });

  it('refuses bad numbers with a readable error', async () => {
    const { config } = await setupLog(1);
    const badSeq = runCli(['audit', 'proof', 'three', '--config', config]);
    assert.equal(badSeq.status, 2);
    assert.match(badSeq.stderr, /<seq> must be a whole number/);
    const badLimit = runCli(['audit', 'list', '--limit', '-2', '--config', config]);
    assert.equal(badLimit.status, 2);
    assert.match(badLimit.stderr, /--limit must be a whole number/);
    const missingPin = runCli(['audit', 'verify', '--pin', join(config, '..', 'nope.json'), '--config', config]);
    assert.equal(missingPin.status, 1);
    assert.match(missingPin.stderr, /No pinned checkpoint file/);
  });
});
