import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { apiKeyDetector } from './api-key-detector.js';
import { spansFound, uncertainValues, valuesFound } from '../../test/support/guard/detector-harness.js';
import { jwtDetector, privateKeyDetector } from './pem-jwt-detectors.js';
import { looksLikeSecret, secretAssignmentDetector, secretScore } from './secret-assignment-detector.js';
import { shannonEntropy } from './shannon-entropy.js';

const BODY = 'T3BlbkFJa2V5Rm9yVGVzdHMx9aZ';

describe('API key detector', () => {
  it('recognises each vendor prefix and names the provider', () => {
    const keys: Array<[string, string]> = [
      [`sk-proj-${BODY}abc_def-123`, 'openai'],
      [`sk-${BODY}${BODY}`, 'openai'],
      [`sk-ant-api03-${BODY}${BODY}`, 'anthropic'],
      ['AKIAIOSFODNN7EXAMPLE', 'aws'],
      ['ASIAY34FZKBOKMUTVV7A', 'aws'],
      [`ghp_${BODY}0123456789`, 'github'],
      [`gho_${BODY}0123456789`, 'github'],
      [`github_pat_11ABCDEFG0_${BODY}`, 'github'],
      ['xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx', 'slack'],
      [`sk_live_${BODY}`, 'stripe'],
      [`rk_live_${BODY}`, 'stripe'],
      ['AIzaSyA-1234567890abcdefghijklmnopqrstu', 'google'],
    ];
    for (const [key, provider] of keys) {
      const spans = spansFound(apiKeyDetector, `key: ${key} end`);
      assert.equal(spans.length, 1, key);
      assert.equal(`key: ${key} end`.slice(spans[0].start, spans[0].end), key);
      assert.deepEqual(spans[0].meta, { provider });
    }
  });

  it('ignores prose, placeholders and look-alikes', () => {
    const texts = ['sk-learn-compatible-estimators-everywhere', 'ask-me-anything-about-anything-here', 'sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'AKIA1234', 'xAKIAIOSFODNN7EXAMPLE', 'ghp_short', 'sk_test_4eC39HqLyjWDarjtT1zdp7dc', 'AIzaShort'];
    for (const text of texts) assert.deepEqual(valuesFound(apiKeyDetector, text), [], text);
  });
});

describe('private key and JWT detectors', () => {
  it('marks a whole PEM private key block', () => {
    for (const kind of ['', 'RSA ', 'EC ', 'OPENSSH ', 'ENCRYPTED ']) {
      const pem = `-----BEGIN ${kind}PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\nBKcwggSjAgEAAoIBAQC7\n-----END ${kind}PRIVATE KEY-----`;
      assert.deepEqual(valuesFound(privateKeyDetector, `here:\n${pem}\nthanks`), [pem], kind);
    }
  });

  it('marks a truncated PEM block up to its last base64 line, and ignores public keys', () => {
    assert.deepEqual(valuesFound(privateKeyDetector, '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0B\nAQEFAASC\n\nwhat is this?'), ['-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0B\nAQEFAASC']);
    assert.deepEqual(valuesFound(privateKeyDetector, '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkq\n-----END PUBLIC KEY-----'), []);
  });

  it('marks JWTs and ignores other dotted base64', () => {
    const token = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
    assert.deepEqual(valuesFound(jwtDetector, `Bearer ${token}`), [token]);
    assert.deepEqual(valuesFound(jwtDetector, 'eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.'), ['eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.']);
    assert.deepEqual(valuesFound(jwtDetector, 'aGVsbG8.d29ybGQ.Zm9v and eyJ alone'), []);
  });
});

describe('secret assignment detector', () => {
  it('computes Shannon entropy in bits per character', () => {
    assert.equal(shannonEntropy('aaaa'), 0);
    assert.equal(shannonEntropy('abcd'), 2);
    assert.equal(shannonEntropy(''), 0);
  });

  it('applies the length, character-class and entropy thresholds', () => {
    assert.ok(looksLikeSecret('a8f3K2m9Qx7Lp4Zr1Vt6'));
    assert.ok(looksLikeSecret('9f86d081884c7d659a2feaa0c55ad015'));
    assert.ok(!looksLikeSecret('a8f3K2m9Qx7'), 'too short');
    assert.ok(looksLikeSecret('a8f3K2m9Qx7Lp4'), 'short, but mixed case, digits and no repeats');
    assert.ok(!looksLikeSecret('abcdefgh12ab'), 'short and without capitals');
    assert.ok(!looksLikeSecret('processEnvOpenaiApiKey'), 'no digit');
    assert.ok(!looksLikeSecret('Summer2024Summer2024'), 'low entropy');
    assert.ok(!looksLikeSecret('1234567890123456'), 'no letter');
  });

  it('reports values just below the entropy threshold as uncertain, not as findings', () => {
    // 3.22 bits/char: within 0.3 of the 3.5 a mixed value needs.
    assert.equal(secretScore('Welcome2024Welcome!!'.replace(/!/g, 'x')), 0.35);
    assert.equal(secretScore('aaaa1111aaaa1111aaaa'), 0);
    assert.deepEqual(valuesFound(secretAssignmentDetector, 'DB_PASSWORD=Spring2025Spring2025x'), []);
    assert.deepEqual(uncertainValues(secretAssignmentDetector, 'DB_PASSWORD=Spring2025Spring2025x'), ['Spring2025Spring2025x']);
  });

  it('marks only the value in env, JSON, YAML, code and header forms', () => {
    const value = 'a8f3K2m9Qx7Lp4Zr1Vt6yB0';
    for (const text of [`API_KEY=${value}`, `export DB_PASSWORD="${value}"`, `{"client_secret": "${value}"}`, `auth_token: '${value}'`, `Authorization: Bearer ${value}`, `secretKey := "${value}"`, `'x-api-key' => '${value}'`, `pwd = ${value}`]) {
      assert.deepEqual(valuesFound(secretAssignmentDetector, text), [value], text);
    }
  });

  it('ignores identifiers, env lookups, placeholders, short values and non-secret names', () => {
    const texts = [
      'const apiKey = process.env.OPENAI_API_KEY;', 'api_key = os.environ["STRIPE_API_KEY"]', 'token: <your token here>', 'password = hunter2',
      'max_tokens: 4096', 'TOKEN_TTL_SECONDS = 3600', 'cache_key = f"user:{user_id}:profile:v2"', `model = "a8f3K2m9Qx7Lp4Zr1Vt6yB0"`,
      'Key: the function must be pure and return 42.', 'tokenizer = AutoTokenizer.from_pretrained("bert-base-uncased")',
    ];
    for (const text of texts) assert.deepEqual(valuesFound(secretAssignmentDetector, text), [], text);
  });
});

describe('secret detector: typed passwords, labels in seven languages, credentials in URLs', () => {
  const typed = ['Wq7!rT.v~2zK-pL', 'h^N4.xP_e%0Rq*', 'zM-8q.Tr~Lk3!Vb0w'];

  it('takes punctuated values and keeps identifiers, paths, URLs and dotted keys out', () => {
    for (const value of typed) assert.ok(looksLikeSecret(value), value);
    for (const value of ['process.env.DB_PASSWORD', 'user_id_v2_test', 'docs/2023/01/09/notes-v2.md', '/var/run/app/key2.pem', 'https://auth.example.org/v2/token', 'login.error_3fa_missing', '2024-05-01T10:30:00Z', '${DB_PASSWORD}']) {
      assert.ok(!looksLikeSecret(value), value);
    }
  });

  it('marks punctuated values in env, JSON, YAML and code assignments', () => {
    const [a, b, c] = typed;
    const cases: Array<[string, string]> = [
      [`DB_PASS=${a}`, a], [`{"smtp_password": "${b}", "port": 25}`, b], [`redis:\n  pass: '${c}'\n`, c],
      [`  admin_password: ${a}\n`, a], [`const signingSecret = '${b}';`, b], [`cfg.jwtSecret("${c}")`, c], [`ldap_bind_pw := "${a}"`, a],
    ];
    for (const [text, value] of cases) assert.deepEqual(valuesFound(secretAssignmentDetector, text), [value], text);
  });

  it('reads labels and sentences in the seven languages', () => {
    const [a, b, c] = typed;
    const cases: Array<[string, string]> = [
      [`Das neue Passwort lautet ${a}, bitte nicht weitergeben.`, a], [`Kennwort (neu): ${b}`, b],
      [`Mot de passe du serveur : ${c}`, c], [`MDP temporaire : ${a}`, a], [`La contraseña del servidor de correo es ${b}.`, b],
      [`Het wachtwoord van de server is ${c}`, c], [`A senha do servidor é ${a}`, a], [`Palavra-passe nova: ${b}`, b],
      [`La password del server è ${c}`, c], [`Segreto\t${a}`, a], [`Geheim | ${b} |`, b], [`I changed the root password to ${c}.`, c],
      [`pw is ${a} for now`, a],
    ];
    for (const [text, value] of cases) assert.deepEqual(valuesFound(secretAssignmentDetector, text), [value], text);
  });

  it('marks the password of a URL with credentials and of curl -u', () => {
    assert.deepEqual(valuesFound(secretAssignmentDetector, 'DSN=mysql://svc:Hq3-vX9.tLm2Rz@db.example.net:3306/app'), ['Hq3-vX9.tLm2Rz']);
    assert.deepEqual(valuesFound(secretAssignmentDetector, 'amqp://guest:9c41f0e2b77a4d38a1c6e5f0@mq:5672'), ['9c41f0e2b77a4d38a1c6e5f0']);
    assert.deepEqual(valuesFound(secretAssignmentDetector, "curl -u deploy:Zt8pW2kQm4Ys7Lx1 https://ci.example.com"), ['Zt8pW2kQm4Ys7Lx1']);
    assert.deepEqual(valuesFound(secretAssignmentDetector, 'postgres://app:password@localhost/db'), []);
  });

  it('stops at another field, at a sentence tail and at words that are no value', () => {
    const token = 'a8f3K2m9Qx7Lp4Zr1Vt6yB0';
    assert.deepEqual(valuesFound(secretAssignmentDetector, `API_KEY=${token}.x`), [token]);
    assert.deepEqual(valuesFound(secretAssignmentDetector, 'password reset asked by client_ip=2001:db8:4f1:a2::9c today'), []);
    assert.deepEqual(valuesFound(secretAssignmentDetector, 'The key point: use commit 3f9e2b1 of the new branch'), []);
    assert.deepEqual(valuesFound(secretAssignmentDetector, 'The secret to good bread is time, water and 2 kinds of flour'), []);
    assert.deepEqual(valuesFound(secretAssignmentDetector, 'the `max_tokens` field is needed by Vendorname.** Then'), []);
    assert.deepEqual(valuesFound(secretAssignmentDetector, 'Portkey runs with a fix for Portkey-AI/gw#4512 (see notes)'), []);
    assert.deepEqual(valuesFound(secretAssignmentDetector, 'a monkey with a hat Xq7!pLm2.Tz9w'), []);
  });

  it('reads a value as far from its word as the label window allows, on the same line only', () => {
    const token = 'a8f3K2m9Qx7Lp4Zr1Vt6yB0';
    const name = `_${'abc_'.repeat(10).slice(0, 39)}`;
    // 40 name characters and 63 blanks: the value starts on the window's last character.
    assert.deepEqual(valuesFound(secretAssignmentDetector, `API_KEY${name}${' '.repeat(63)}${token}`), [token]);
    assert.deepEqual(valuesFound(secretAssignmentDetector, `API_KEY${name}${' '.repeat(64)}${token}`), []);
    assert.deepEqual(valuesFound(secretAssignmentDetector, `password${' '.repeat(60)}=${token}`), [token]);
    assert.deepEqual(valuesFound(secretAssignmentDetector, `secret:\n${token}`), []);
    assert.deepEqual(valuesFound(secretAssignmentDetector, `x, credential ${token} and token ${token}x9`), [token, `${token}x9`]);
    assert.deepEqual(valuesFound(secretAssignmentDetector, `SECRETOKEN=${token}`), [token]);
    assert.deepEqual(valuesFound(secretAssignmentDetector, `sk.password = ${token}, then key: Wq7!rT.v~2zK-pL`), [token, 'Wq7!rT.v~2zK-pL']);
  });

  it('leaves code expressions alone', () => {
    const texts = [
      'inputTokens: ctx.usage?.inputTokens ?? null,', 'const ok = (key) => !ALLOWED_KEYS.has(key);', "const cacheKey = `${tenant}:${model}`;",
      "where key_id = '${row.keyId}'", 'sha512-pW4AC0P3it8c7do9MVM4p51FzHzdM/TZrerurgRcHJ2WTa1VQ1CIq18xncfpBJw4==',
    ];
    for (const text of texts) assert.deepEqual(valuesFound(secretAssignmentDetector, text), [], text);
  });
});
