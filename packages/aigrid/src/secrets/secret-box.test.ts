import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { SecretBox, parseSecretKey, secretBoxFromEnv } from './secret-box.js';

const keyText = () => randomBytes(32).toString('base64');

test('seals and opens, and the ciphertext does not contain the secret', () => {
  const box = new SecretBox([parseSecretKey(keyText())]);
  const sealed = box.encrypt('sk-live-123', 'provider:openai');
  assert.doesNotMatch(sealed, /sk-live-123/);
  assert.equal(box.decrypt(sealed, 'provider:openai'), 'sk-live-123');
  assert.notEqual(box.encrypt('sk-live-123', 'provider:openai'), sealed, 'a fresh IV every time');
});

test('a ciphertext moved to another row, tampered with, or under an unknown key does not open', () => {
  const box = new SecretBox([parseSecretKey(keyText())]);
  const sealed = box.encrypt('secret', 'provider:a');
  assert.throws(() => box.decrypt(sealed, 'provider:b'));
  const parts = sealed.split(':');
  const flipped = Buffer.from(parts[4], 'base64');
  flipped[0] ^= 1;
  assert.throws(() => box.decrypt([...parts.slice(0, 4), flipped.toString('base64')].join(':'), 'provider:a'));
  assert.throws(() => new SecretBox([parseSecretKey(keyText())]).decrypt(sealed, 'provider:a'), /not configured/);
});

test('rotation: previous keys still decrypt, the new key encrypts', () => {
  const oldKey = keyText();
  const newKey = randomBytes(32).toString('hex');
  const sealedOld = secretBoxFromEnv({ AIGRID_SECRET_KEY: oldKey })!.encrypt('v', 'ad');
  const rotated = secretBoxFromEnv({ AIGRID_SECRET_KEY: newKey, AIGRID_SECRET_KEYS_PREVIOUS: oldKey })!;
  assert.equal(rotated.decrypt(sealedOld, 'ad'), 'v');
  assert.equal(SecretBox.keyIdOf(rotated.encrypt('v', 'ad')), parseSecretKey(newKey).id);
  assert.equal(secretBoxFromEnv({}), undefined);
  assert.throws(() => parseSecretKey('too-short'), /32 bytes/);
});
