import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { request } from 'undici';
import { ADMIN_KEY, startHarness, type Harness } from './support/gateway-harness.js';

let harness: Harness;
let revoked: string;
let limited: string;

before(async () => {
  harness = await startHarness();
  const gone = await harness.createKey({ name: 'revoked' });
  await harness.gateway.deps.store.keys.revoke(gone.id);
  revoked = gone.secret;
  limited = (await harness.createKey({ name: 'limited', models: ['echo'] })).secret;
});
after(() => harness.close());

const valid = { model: 'gpt-test', messages: [{ role: 'user', content: 'hi' }] };

interface Case {
  name: string;
  method?: string;
  path?: string;
  body?: string | Buffer;
  headers?: Record<string, string>;
  /** Replaces the default key; null sends none. */
  key?: string | null;
  status: number;
  code: string;
  param?: string;
}

const json = (value: unknown) => JSON.stringify(value);
const withField = (field: string, value: unknown) => json({ ...valid, [field]: value });

const cases: Case[] = [
  { name: 'truncated JSON', body: '{"model": "gpt-test", "messages": [', status: 400, code: 'invalid_json' },
  { name: 'empty body', body: '', status: 400, code: 'invalid_json' },
  { name: 'JSON array body', body: '[1,2,3]', status: 400, code: 'invalid_request' },
  { name: 'JSON string body', body: '"hello"', status: 400, code: 'invalid_request' },
  { name: 'JSON null body', body: 'null', status: 400, code: 'invalid_request' },
  { name: 'missing messages', body: json({ model: 'gpt-test' }), status: 400, code: 'invalid_request', param: 'messages' },
  { name: 'messages is a string', body: withField('messages', 'hi'), status: 400, code: 'invalid_request', param: 'messages' },
  { name: 'messages is empty', body: withField('messages', []), status: 400, code: 'invalid_request', param: 'messages' },
  { name: 'unknown role', body: withField('messages', [{ role: 'wizard', content: 'x' }]), status: 400, code: 'invalid_request', param: 'messages.0.role' },
  { name: 'model is a number', body: withField('model', 42), status: 400, code: 'invalid_request', param: 'model' },
  { name: 'temperature is a string', body: withField('temperature', 'hot'), status: 400, code: 'invalid_request', param: 'temperature' },
  { name: 'temperature out of range', body: withField('temperature', 5), status: 400, code: 'invalid_request', param: 'temperature' },
  { name: 'n is zero', body: withField('n', 0), status: 400, code: 'invalid_request', param: 'n' },
  { name: 'max_tokens negative', body: withField('max_tokens', -1), status: 400, code: 'invalid_request', param: 'max_tokens' },
  { name: 'stream is a string', body: withField('stream', 'yes'), status: 400, code: 'invalid_request', param: 'stream' },
  { name: 'tools is an object', body: withField('tools', { type: 'function' }), status: 400, code: 'invalid_request', param: 'tools' },
  { name: 'bad response_format type', body: withField('response_format', { type: 'xml' }), status: 400, code: 'invalid_request', param: 'response_format.type' },
  { name: 'body over the limit', body: withField('padding', 'x'.repeat(70_000)), status: 413, code: 'body_too_large' },
  { name: 'form-encoded body', body: 'model=gpt-test', headers: { 'content-type': 'application/x-www-form-urlencoded' }, status: 415, code: 'unsupported_media_type' },
  { name: 'multipart body', body: '--x\r\n\r\n--x--', headers: { 'content-type': 'multipart/form-data; boundary=x' }, status: 415, code: 'unsupported_media_type' },
  { name: 'unknown model', body: withField('model', 'gpt-nope'), status: 404, code: 'model_not_found', param: 'model' },
  { name: 'model named like a prototype key', body: withField('model', 'constructor'), status: 404, code: 'model_not_found' },
  { name: 'model with a NUL byte', body: withField('model', 'gpt-test\u0000'), status: 404, code: 'model_not_found' },
  { name: '__proto__ in the body', body: '{"__proto__": {"admin": true}, "model": "gpt-nope", "messages": [{"role":"user","content":"x"}]}', status: 404, code: 'model_not_found' },
  { name: 'missing key', key: null, body: json(valid), status: 401, code: 'missing_api_key' },
  { name: 'Basic auth instead of Bearer', key: null, headers: { authorization: 'Basic dXNlcjpwYXNz' }, body: json(valid), status: 401, code: 'invalid_api_key' },
  { name: 'unknown key', key: 'sk-aigrid-not-a-real-key', body: json(valid), status: 401, code: 'invalid_api_key' },
  { name: 'oversized key', key: 'k'.repeat(5000), body: json(valid), status: 401, code: 'invalid_api_key' },
  { name: 'revoked key', key: '<revoked>', body: json(valid), status: 401, code: 'invalid_api_key' },
  { name: 'key for another model', key: '<limited>', body: json(valid), status: 403, code: 'model_not_allowed', param: 'model' },
  { name: 'GET on a POST route', method: 'GET', status: 405, code: 'method_not_allowed' },
  { name: 'unknown route', path: '/v1/nothing-here', status: 404, code: 'route_not_found' },
  { name: 'admin route with a user key', path: '/admin/keys', method: 'GET', status: 403, code: 'admin_key_required' },
  { name: 'embeddings input is an object', path: '/v1/embeddings', body: json({ model: 'embed-test', input: { text: 'x' } }), status: 400, code: 'invalid_request', param: 'input' },
  { name: 'embeddings encoding_format unknown', path: '/v1/embeddings', body: json({ model: 'embed-test', input: 'x', encoding_format: 'hex' }), status: 400, code: 'invalid_request', param: 'encoding_format' },
];

for (const entry of cases) {
  test(`bad input: ${entry.name} → ${entry.status} ${entry.code}`, async () => {
    const key = entry.key === '<revoked>' ? revoked : entry.key === '<limited>' ? limited : entry.key === undefined ? harness.key : entry.key;
    const headers: Record<string, string> = { 'content-type': 'application/json', ...entry.headers };
    if (key !== null) headers.authorization = `Bearer ${key}`;
    const response = await request(`${harness.gateway.url}${entry.path ?? '/v1/chat/completions'}`, {
      method: (entry.method ?? 'POST') as 'POST',
      headers,
      body: entry.method === 'GET' ? undefined : entry.body,
    });
    const body = (await response.body.json()) as any;
    assert.equal(response.statusCode, entry.status, JSON.stringify(body));
    assert.deepEqual(Object.keys(body), ['error']);
    assert.deepEqual(Object.keys(body.error).sort(), ['code', 'message', 'param', 'type']);
    assert.equal(body.error.code, entry.code);
    assert.ok(body.error.message.length > 10);
    if (entry.param) assert.equal(body.error.param, entry.param);
    assert.ok(response.headers['x-request-id']);
  });
}

/** Sends raw bytes and returns the first response's text. */
function rawExchange(payload: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(harness.gateway.port, '127.0.0.1', () => socket.write(payload));
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (part) => (text += part));
    socket.on('end', () => resolve(text));
    socket.on('error', reject);
    setTimeout(() => {
      socket.destroy();
      resolve(text);
    }, 1500);
  });
}

// undici refuses to send a content-length it cannot honour, so this one goes over a raw socket.
test('bad input: a declared content-length over the limit → 413 before the body is read', async () => {
  const text = await rawExchange(
    `POST /v1/chat/completions HTTP/1.1\r\nhost: x\r\nauthorization: Bearer ${harness.key}\r\ncontent-type: application/json\r\ncontent-length: 999999999\r\n\r\n{`,
  );
  assert.match(text, /^HTTP\/1\.1 413/);
  assert.match(text, /"code":"body_too_large"/);
});

// The gateway takes a body that came with its headers at once; one that trickles in is awaited.
test('a body sent after its headers, in pieces, is read whole', async () => {
  const body = JSON.stringify({ model: 'gpt-test', messages: [{ role: 'user', content: 'slow body' }] });
  const text = await new Promise<string>((resolve, reject) => {
    const socket = net.connect(harness.gateway.port, '127.0.0.1', () => {
      socket.write(
        `POST /v1/chat/completions HTTP/1.1\r\nhost: x\r\nauthorization: Bearer ${harness.key}\r\ncontent-type: application/json\r\n` +
          `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n`,
      );
      setTimeout(() => socket.write(body.slice(0, 10)), 30);
      setTimeout(() => socket.write(body.slice(10)), 60);
    });
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (part) => (received += part));
    socket.on('end', () => resolve(received));
    socket.on('error', reject);
  });
  assert.match(text, /^HTTP\/1\.1 200/);
  assert.match(text, /"chat\.completion"/);
});

test('a chunked body without a content-length is read whole', async () => {
  const body = JSON.stringify({ model: 'gpt-test', messages: [{ role: 'user', content: 'chunked body' }] });
  const chunk = (part: string) => `${Buffer.byteLength(part).toString(16)}\r\n${part}\r\n`;
  const text = await rawExchange(
    `POST /v1/chat/completions HTTP/1.1\r\nhost: x\r\nauthorization: Bearer ${harness.key}\r\ncontent-type: application/json\r\n` +
      `transfer-encoding: chunked\r\nconnection: close\r\n\r\n${chunk(body.slice(0, 7))}${chunk(body.slice(7))}0\r\n\r\n`,
  );
  assert.match(text, /^HTTP\/1\.1 200/);
});

test('bad input: a raw path-traversal path matches no route', async () => {
  const text = await rawExchange(`GET /v1/../admin/keys HTTP/1.1\r\nhost: x\r\nauthorization: Bearer ${ADMIN_KEY}\r\nconnection: close\r\n\r\n`);
  assert.match(text, /^HTTP\/1\.1 404/);
  assert.match(text, /"code":"route_not_found"/);
});

test('bad input: CRLF header injection is refused and nothing is echoed', async () => {
  const text = await rawExchange('GET /healthz HTTP/1.1\r\nhost: x\r\nx-request-id: a\rSet-Cookie: pwned=1\r\n\r\n');
  assert.match(text, /^HTTP\/1\.1 400/);
  assert.doesNotMatch(text, /pwned/);
});

test('bad input: a caller x-request-id is echoed only when safe, and never replaces ours', async () => {
  const unsafe = await request(`${harness.gateway.url}/healthz`, { headers: { 'x-request-id': '<script>alert(1)</script>' } });
  await unsafe.body.text();
  assert.match(String(unsafe.headers['x-request-id']), /^req_[0-9a-f]{32}$/);
  assert.equal(unsafe.headers['x-client-request-id'], undefined);
  const safe = await request(`${harness.gateway.url}/healthz`, { headers: { 'x-request-id': 'trace-123.abc' } });
  await safe.body.text();
  assert.equal(safe.headers['x-client-request-id'], 'trace-123.abc');
  assert.match(String(safe.headers['x-request-id']), /^req_[0-9a-f]{32}$/);
});

test('bad input: a client reusing its request id still gets one log row per request', async () => {
  const before = await harness.gateway.deps.store.requestLog.count();
  for (let i = 0; i < 3; i++) {
    const response = await request(`${harness.gateway.url}/v1/models`, { headers: { authorization: `Bearer ${harness.key}`, 'x-request-id': 'same-id' } });
    await response.body.text();
  }
  const { waitFor } = await import('./support/wait-for.js');
  await waitFor(async () => (await harness.gateway.deps.store.requestLog.count()) >= before + 3);
});

test('bad input: deeply nested JSON does not crash the gateway', async () => {
  const deep = `{"model":"gpt-test","messages":[{"role":"user","content":"x"}],"extra":${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
  const response = await request(`${harness.gateway.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${harness.key}`, 'content-type': 'application/json' },
    body: deep,
  });
  const body = (await response.body.json()) as any;
  assert.ok(response.statusCode === 200 || response.statusCode === 400, `status ${response.statusCode}: ${JSON.stringify(body).slice(0, 200)}`);
});

test('after all the bad input the gateway still serves', async () => {
  const response = await request(`${harness.gateway.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${harness.key}`, 'content-type': 'application/json' },
    body: json(valid),
  });
  const body = (await response.body.json()) as any;
  assert.equal(response.statusCode, 200);
  assert.equal(body.choices[0].message.content, 'Hello! How can I assist you today?');
  const admin = await request(`${harness.gateway.url}/admin/keys`, { headers: { authorization: `Bearer ${ADMIN_KEY}` } });
  assert.equal(admin.statusCode, 200);
  await admin.body.text();
});
