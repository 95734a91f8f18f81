import { createECDH, createPrivateKey, createPublicKey } from 'node:crypto';
import type { Rng } from './prng.js';

/*
 * PEM private key blocks. Ed25519 (PKCS#8 and OpenSSH) and P-256 keys are real keys derived from
 * seeded bytes; RSA blocks carry a genuine DER header over random bytes, because deriving RSA
 * primes from a seed would cost seconds.
 */

const ED25519_PKCS8 = Buffer.from('302e020100300506032b657004220420', 'hex');

function pem(label: string, der: Buffer, width = 64): string {
  const lines = der.toString('base64').match(new RegExp(`.{1,${width}}`, 'g'))!;
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----`;
}

function ed25519(seed: Buffer): { pkcs8: Buffer; publicKey: Buffer } {
  const pkcs8 = Buffer.concat([ED25519_PKCS8, seed]);
  const key = createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' });
  const spki = createPublicKey(key).export({ format: 'der', type: 'spki' });
  return { pkcs8, publicKey: spki.subarray(spki.length - 32) };
}

function sshString(value: Buffer | string): Buffer {
  const body = Buffer.from(value);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  return Buffer.concat([length, body]);
}

function openSsh(seed: Buffer, comment: string, check: number): string {
  const { publicKey } = ed25519(seed);
  const publicBlob = Buffer.concat([sshString('ssh-ed25519'), sshString(publicKey)]);
  const checkInt = Buffer.alloc(8);
  checkInt.writeUInt32BE(check, 0);
  checkInt.writeUInt32BE(check, 4);
  let secret = Buffer.concat([
    checkInt,
    sshString('ssh-ed25519'),
    sshString(publicKey),
    sshString(Buffer.concat([seed, publicKey])),
    sshString(comment),
  ]);
  const padding = [];
  for (let i = 1; secret.length % 8 !== 0; i++) {
    padding.push(i);
    secret = Buffer.concat([secret, Buffer.from([i])]);
  }
  const blob = Buffer.concat([
    Buffer.from('openssh-key-v1\0', 'binary'),
    sshString('none'),
    sshString('none'),
    sshString(''),
    Buffer.from([0, 0, 0, 1]),
    sshString(publicBlob),
    sshString(secret),
  ]);
  return pem('OPENSSH PRIVATE KEY', blob, 70);
}

function ecP256(r: Rng, sec1: boolean): string {
  const ecdh = createECDH('prime256v1');
  const d = Buffer.from(r.bytes(32));
  d[0] = d[0] & 0x7f || 1; // stays below the group order
  ecdh.setPrivateKey(d);
  const point = ecdh.getPublicKey();
  const inner = Buffer.concat([Buffer.from('30770201010420', 'hex'), d, Buffer.from('a00a06082a8648ce3d030107a144034200', 'hex'), point]);
  if (sec1) return pem('EC PRIVATE KEY', inner);
  const pkcs8 = Buffer.concat([
    Buffer.from('308187020100301306072a8648ce3d020106082a8648ce3d030107046d306b0201010420', 'hex'),
    d,
    Buffer.from('a144034200', 'hex'),
    point,
  ]);
  return pem('PRIVATE KEY', pkcs8);
}

function rsa(r: Rng, pkcs1: boolean): string {
  // RSAPrivateKey SEQUENCE header, version 0, a 2048-bit modulus with its top bit set, e = 65537.
  const modulus = Buffer.from(r.bytes(256));
  modulus[0] |= 0x80;
  const body = Buffer.concat([
    Buffer.from('308204a40201000282010100', 'hex'),
    modulus,
    Buffer.from('0203010001028201', 'hex'),
    Buffer.from(r.bytes(0x4a8 - 12 - 256 - 8)),
  ]);
  if (pkcs1) return pem('RSA PRIVATE KEY', body);
  return pem('PRIVATE KEY', Buffer.concat([Buffer.from('308204be020100300d06092a864886f70d0101010500048204a8', 'hex'), body]));
}

export function privateKeyPem(r: Rng): string {
  const kind = r.weighted<string>([['rsa1', 20], ['rsa8', 15], ['ec', 15], ['ec8', 10], ['ed', 15], ['ssh', 25]]);
  if (kind === 'rsa1' || kind === 'rsa8') return rsa(r, kind === 'rsa1');
  if (kind === 'ec' || kind === 'ec8') return ecP256(r, kind === 'ec');
  const seed = Buffer.from(r.bytes(32));
  if (kind === 'ed') return pem('PRIVATE KEY', ed25519(seed).pkcs8);
  return openSsh(seed, r.pick(['deploy@build-01', 'ci@runner', 'backup', 'id_ed25519', 'ops@bastion']), r.int(0, 0xffffffff));
}
