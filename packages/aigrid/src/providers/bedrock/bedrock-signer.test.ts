import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GridError } from '../../spec/grid-error.js';
import { BedrockSigner, resolveCredentials, resolveRegion } from './bedrock-signer.js';
import { TEST_CREDENTIALS, assertSigned, parseAuthorization, referenceSignature } from './bedrock-sigv4-fixtures.js';
import { testConfig } from './bedrock-wire-fixtures.js';

const FIXED = () => new Date('2024-01-01T00:00:00Z');
const HOST = 'bedrock-runtime.us-east-1.amazonaws.com';
const BODY = '{"messages":[{"role":"user","content":[{"text":"Hi"}]}]}';

describe('SigV4 reference implementation', () => {
  // The aws-sig-v4-test-suite vectors "get-vanilla" and "post-vanilla" (AWS's published examples).
  const vanilla = (method: string) =>
    referenceSignature(
      { method, path: '/', headers: { host: 'example.amazonaws.com', 'x-amz-date': '20150830T123600Z' }, body: '' },
      { secretAccessKey: TEST_CREDENTIALS.secretAccessKey, amzDate: '20150830T123600Z', region: 'us-east-1', service: 'service', signedHeaders: ['host', 'x-amz-date'] },
    );

  test('matches the published get-vanilla and post-vanilla signatures', () => {
    assert.equal(vanilla('GET'), '5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31');
    assert.equal(vanilla('POST'), '5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b');
  });
});

describe('BedrockSigner', () => {
  const signer = (credentials = TEST_CREDENTIALS, baseUrl = `https://${HOST}`) =>
    new BedrockSigner({ baseUrl, region: 'us-east-1', credentials, provider: 'bedrock', clock: FIXED });

  test('signs a Converse call the way the reference does, with a pinned vector', async () => {
    const path = '/model/anthropic.claude-3-haiku-20240307-v1%3A0/converse';
    const headers = await signer().sign(path, BODY);
    assert.equal(headers.host, HOST);
    assert.equal(headers['x-amz-date'], '20240101T000000Z');
    assert.equal(headers['x-amz-security-token'], TEST_CREDENTIALS.sessionToken);
    const parsed = parseAuthorization(headers.authorization);
    assert.deepEqual(parsed.signedHeaders, ['content-type', 'host', 'x-amz-content-sha256', 'x-amz-date', 'x-amz-security-token']);
    assert.ok(headers.authorization.startsWith('AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240101/us-east-1/bedrock/aws4_request, '));
    const expected = referenceSignature(
      { method: 'POST', path, headers: { ...headers, 'content-type': 'application/json' }, body: BODY },
      { secretAccessKey: TEST_CREDENTIALS.secretAccessKey, amzDate: '20240101T000000Z', region: 'us-east-1', service: 'bedrock', signedHeaders: parsed.signedHeaders },
    );
    assert.equal(parsed.signature, expected);
    // Pinned so a change in the signing library or in what is signed shows up here.
    assert.equal(parsed.signature, '8e4a0b2134158b6917d072272edec215f975f5942e137881f358ce845d992e46');
    assert.equal(headers['x-amz-content-sha256'], '45e583fed2564dc00e823303d7609f8587af7f685b993cb0f998afc0d480b01d');
  });

  test('leaves out the security token header without a session token', async () => {
    const headers = await signer({ ...TEST_CREDENTIALS, sessionToken: undefined as unknown as string }).sign('/model/m/converse', BODY);
    assert.equal(headers['x-amz-security-token'], undefined);
    assert.ok(!parseAuthorization(headers.authorization).signedHeaders.includes('x-amz-security-token'));
  });

  test('signs the base URL path prefix and the port of a proxy', async () => {
    const headers = await signer(TEST_CREDENTIALS, 'http://127.0.0.1:9443/bedrock/').sign('/model/m/converse', BODY);
    assert.equal(headers.host, '127.0.0.1:9443');
    const parsed = parseAuthorization(headers.authorization);
    const expected = referenceSignature(
      { method: 'POST', path: '/bedrock/model/m/converse', headers: { ...headers, 'content-type': 'application/json' }, body: BODY },
      { secretAccessKey: TEST_CREDENTIALS.secretAccessKey, amzDate: '20240101T000000Z', region: 'us-east-1', service: 'bedrock', signedHeaders: parsed.signedHeaders },
    );
    assert.equal(parsed.signature, expected);
  });

  test('without credentials a call fails as upstream_auth_failed', async () => {
    const bare = new BedrockSigner({ baseUrl: `https://${HOST}`, region: 'us-east-1', provider: 'bedrock' });
    await assert.rejects(bare.sign('/model/m/converse', BODY), (error: unknown) => error instanceof GridError && error.code === 'upstream_auth_failed');
  });

  test('the conformance signature check rejects a body other than the one signed', async () => {
    const path = '/model/m/converse';
    const headers = await signer().sign(path, BODY);
    const request = { method: 'POST', path, headers: { ...headers, 'content-type': 'application/json' }, body: undefined, rawBody: Buffer.from(BODY) };
    assertSigned(request);
    assert.throws(() => assertSigned({ ...request, rawBody: Buffer.from(`${BODY} `) }));
  });
});

describe('credentials and region', () => {
  const env = { AWS_ACCESS_KEY_ID: 'AKIAENV', AWS_SECRET_ACCESS_KEY: 'env-secret', AWS_SESSION_TOKEN: 'env-token' };

  test('the provider block wins over the environment', () => {
    assert.deepEqual(resolveCredentials(testConfig('https://x'), env), TEST_CREDENTIALS);
  });

  test('the environment fills in when the block has no key pair', () => {
    const config = testConfig('https://x', { accessKeyId: 'AKIAHALF', secretAccessKey: undefined, sessionToken: undefined });
    assert.deepEqual(resolveCredentials(config, env), { accessKeyId: 'AKIAENV', secretAccessKey: 'env-secret', sessionToken: 'env-token' });
    assert.equal(resolveCredentials(config, {}), undefined);
    assert.equal(resolveCredentials(config, { ...env, AWS_SESSION_TOKEN: '' })?.sessionToken, undefined);
  });

  test('the region comes from config, else from the host', () => {
    assert.equal(resolveRegion(testConfig('http://127.0.0.1:1', { region: 'eu-west-3' })), 'eu-west-3');
    const fromHost = (url: string) => resolveRegion(testConfig(url, { region: undefined }));
    assert.equal(fromHost('https://bedrock-runtime.us-west-2.amazonaws.com'), 'us-west-2');
    assert.equal(fromHost('https://bedrock-runtime-fips.us-gov-west-1.amazonaws.com'), 'us-gov-west-1');
    assert.equal(fromHost('https://vpce-0a1b.bedrock-runtime.ap-southeast-2.vpce.amazonaws.com'), 'ap-southeast-2');
    assert.throws(() => fromHost('http://127.0.0.1:8080'), /set "region"/);
  });
});
