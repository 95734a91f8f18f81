import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditError } from './audit-error.js';
import { generateAuditKey, parsePrivateKey, publicKeyFromPem, signerFromPrivateKey, verifySignature } from './audit-key-material.js';
import { AUDIT_KEY_FILE, generateKeyFile, loadAuditKey } from './audit-signing-key.js';

async function withDir(test: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'aigrid-key-'));
  try {
    await test(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('audit signing keys', () => {
  it('sign with Ed25519 and verify with only the public key', () => {
    const { signer, pem } = generateAuditKey();
    const signature = signer.sign(Buffer.from('hello'));
    assert.ok(verifySignature(signer.publicKey, Buffer.from('hello'), signature));
    assert.ok(!verifySignature(signer.publicKey, Buffer.from('hellO'), signature));
    assert.ok(!verifySignature('garbage', Buffer.from('hello'), signature));
    const publicPem = generateKeyPairSync('ed25519').publicKey.export({ format: 'pem', type: 'spki' }).toString();
    assert.match(publicKeyFromPem(publicPem), /^[A-Za-z0-9+/]+=*$/);
    assert.equal(signerFromPrivateKey(parsePrivateKey(pem)).keyId, signer.keyId);
  });

  it('accept PEM or base64 PKCS#8, and refuse other key types', () => {
    const { signer, pem } = generateAuditKey();
    const base64 = pem.replace(/-----[^-]+-----|\s/g, '');
    assert.equal(signerFromPrivateKey(parsePrivateKey(base64)).keyId, signer.keyId);
    assert.throws(() => parsePrivateKey('not a key'), (error: unknown) => error instanceof AuditError && error.code === 'invalid_key');
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey;
    assert.throws(() => signerFromPrivateKey(rsa), /Ed25519/);
  });

  it('generate the key into the data dir on first use, mode 0600, then reuse it', () => withDir(async (dir) => {
    const dataDir = join(dir, 'data');
    assert.equal(await loadAuditKey({ dataDir, create: false }), undefined, 'verifiers do not mint keys');
    const first = await loadAuditKey({ dataDir });
    assert.ok(first?.generated);
    assert.equal(first.source, join(dataDir, AUDIT_KEY_FILE));
    assert.equal((await stat(first.source)).mode & 0o777, 0o600);
    const second = await loadAuditKey({ dataDir, create: false });
    assert.equal(second?.signer.keyId, first.signer.keyId);
    assert.equal(second?.generated, false);
    assert.deepEqual(await readdir(dataDir), [AUDIT_KEY_FILE], 'no temporary files left behind');
  }));

  it('prefer an explicit file, then AIGRID_AUDIT_KEY, then the data dir', () => withDir(async (dir) => {
    const fromFile = generateAuditKey();
    const fromEnv = generateAuditKey();
    const keyPath = join(dir, 'explicit.pem');
    await writeFile(keyPath, fromFile.pem);
    const env = { AIGRID_AUDIT_KEY: fromEnv.pem };
    assert.equal((await loadAuditKey({ dataDir: dir, keyPath, env }))?.signer.keyId, fromFile.signer.keyId);
    const viaEnv = await loadAuditKey({ dataDir: dir, env });
    assert.deepEqual([viaEnv?.signer.keyId, viaEnv?.source], [fromEnv.signer.keyId, '$AIGRID_AUDIT_KEY']);
    await writeFile(keyPath, 'garbage');
    await assert.rejects(loadAuditKey({ dataDir: dir, keyPath }), /explicit\.pem/);
  }));

  it('agree on one key when several processes generate at once', () => withDir(async (dir) => {
    const path = join(dir, AUDIT_KEY_FILE);
    const loaded = await Promise.all(Array.from({ length: 8 }, () => generateKeyFile(path)));
    assert.equal(new Set(loaded.map((key) => key.signer.keyId)).size, 1);
    assert.equal(loaded.filter((key) => key.generated).length, 1);
  }));
});
