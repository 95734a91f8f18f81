import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'undici';
import { ERROR_TABLE } from '../src/spec/error-codes.js';
import { MAX_JSON_DEPTH, MAX_JSON_KEYS } from '../src/server/json-shape.js';
import { ADMIN_KEY } from './support/gateway-harness.js';
import { parseAnswers, rawExchange, startEdgeGateway, type EdgeGateway, type RawAnswer, type RawOptions } from './support/raw-http.js';

// Big enough for the JSON-limit bodies, small enough that a few MB is clearly over it.
const MAX_BODY = 1024 * 1024;
let edge: EdgeGateway;

before(async () => {
  edge = await startEdgeGateway(MAX_BODY);
});
after(() => edge.close());

const chatHead = (extra: string) =>
  `POST /v1/chat/completions HTTP/1.1\r\nhost: x\r\nauthorization: Bearer ${edge.key}\r\ncontent-type: application/json\r\n${extra}\r\n`;
const validBody = JSON.stringify({ model: 'gpt-test', messages: [{ role: 'user', content: 'hi' }] });

/** Sends raw bytes; returns the one final answer, asserting it is the envelope with a request id. */
async function refusal(payload: string | Buffer, status: number, code: string, options?: RawOptions): Promise<RawAnswer> {
  const { text, error } = await rawExchange(edge.gateway.port, payload, options);
  const answers = parseAnswers(text).filter((answer) => answer.status >= 200);
  assert.equal(answers.length, 1, `one answer expected, got ${JSON.stringify(text.slice(0, 300))} (${error ?? 'no socket error'})`);
  const [answer] = answers;
  assert.equal(answer.status, status, answer.body);
  assert.match(answer.headers['x-request-id'] ?? '', /^req_[0-9a-f]{32}$/);
  assert.equal(answer.headers['content-type'], 'application/json');
  const body = JSON.parse(answer.body);
  assert.deepEqual(Object.keys(body), ['error']);
  assert.equal(body.error.code, code);
  assert.equal(body.error.type, ERROR_TABLE[code as keyof typeof ERROR_TABLE].type);
  assert.ok(body.error.message.length > 10);
  return answer;
}

const parserCases: Array<{ name: string; payload: () => string; status: number; code: string; end?: boolean }> = [
  { name: 'a bare CR in a header', payload: () => 'GET /healthz HTTP/1.1\r\nhost: x\r\nx-a: a\rb\r\n\r\n', status: 400, code: 'malformed_request' },
  { name: 'a NUL in a header', payload: () => 'GET /healthz HTTP/1.1\r\nhost: x\r\nx-a: a\u0000b\r\n\r\n', status: 400, code: 'malformed_request' },
  { name: 'content-length with transfer-encoding', payload: () => chatHead('content-length: 5\r\ntransfer-encoding: chunked\r\n') + '0\r\n\r\n', status: 400, code: 'malformed_request' },
  { name: 'a negative content-length', payload: () => chatHead('content-length: -1\r\n'), status: 400, code: 'malformed_request' },
  { name: 'a non-numeric content-length', payload: () => chatHead('content-length: ten\r\n'), status: 400, code: 'malformed_request' },
  { name: 'two different content-lengths', payload: () => chatHead('content-length: 2\r\ncontent-length: 3\r\n') + '{}', status: 400, code: 'malformed_request' },
  { name: 'an unknown method', payload: () => 'BREW /v1/models HTTP/1.1\r\nhost: x\r\n\r\n', status: 400, code: 'malformed_request' },
  { name: 'an unknown HTTP version', payload: () => 'GET /healthz HTTP/7.1\r\nhost: x\r\n\r\n', status: 400, code: 'malformed_request' },
  { name: 'a bad chunk size', payload: () => chatHead('transfer-encoding: chunked\r\n') + 'zz\r\n{}\r\n0\r\n\r\n', status: 400, code: 'malformed_request' },
  { name: 'a body shorter than its content-length', payload: () => chatHead('content-length: 500\r\n') + validBody, status: 400, code: 'malformed_request', end: true },
  { name: 'a 100 KB header', payload: () => `GET /healthz HTTP/1.1\r\nhost: x\r\nx-big: ${'a'.repeat(100_000)}\r\n\r\n`, status: 431, code: 'headers_too_large' },
  {
    name: '5,000 headers',
    payload: () => `GET /healthz HTTP/1.1\r\nhost: x\r\n${Array.from({ length: 5000 }, (_, i) => `x-h${i}: v\r\n`).join('')}\r\n`,
    status: 431,
    code: 'headers_too_large',
  },
];

for (const entry of parserCases) {
  test(`http edge: ${entry.name} → ${entry.status} ${entry.code} in the envelope, connection closed`, async () => {
    const answer = await refusal(entry.payload(), entry.status, entry.code, { endAfterWrite: entry.end });
    assert.equal(answer.headers.connection, 'close');
    assert.doesNotMatch(answer.body, /aaaaaaaaaa/, 'the header value is not echoed');
  });
}

test('http edge: CONNECT → 405 method_not_allowed in the envelope (the gateway is no proxy)', async () => {
  const answer = await refusal('CONNECT example.com:443 HTTP/1.1\r\nhost: example.com:443\r\n\r\n', 405, 'method_not_allowed');
  assert.equal(answer.headers.connection, 'close');
});

test('http edge: no Host header, or an Expect the gateway does not know, is served, not refused bare', async () => {
  for (const extra of ['', 'expect: something-else\r\n']) {
    const { text } = await rawExchange(edge.gateway.port, `GET /healthz HTTP/1.1\r\n${extra}connection: close\r\n\r\n`);
    const [answer] = parseAnswers(text);
    assert.equal(answer?.status, 200, text.slice(0, 200));
    assert.match(answer.headers['x-request-id'] ?? '', /^req_/);
  }
});

test('http edge: a content-length body over the limit → 413 the client reads (no EPIPE or reset)', async () => {
  const body = Buffer.alloc(3 * MAX_BODY, 'x');
  const answer = await refusal(Buffer.concat([Buffer.from(chatHead(`content-length: ${body.length}\r\n`)), body]), 413, 'body_too_large');
  assert.equal(answer.headers.connection, 'close');
});

test('http edge: a chunked body over the limit → 413, not a reset', async () => {
  const chunk = `${(64 * 1024).toString(16)}\r\n${'x'.repeat(64 * 1024)}\r\n`;
  const payload = chatHead('transfer-encoding: chunked\r\n') + chunk.repeat(40) + '0\r\n\r\n';
  await refusal(payload, 413, 'body_too_large');
});

test('http edge: Expect: 100-continue over the limit → 413 before any 100 Continue', async () => {
  const head = chatHead(`content-length: ${5 * MAX_BODY}\r\nexpect: 100-continue\r\n`);
  const { text } = await rawExchange(edge.gateway.port, head);
  assert.match(text, /^HTTP\/1\.1 413 /, 'the first bytes are the 413');
  assert.doesNotMatch(text, /100 Continue/);
  const [answer] = parseAnswers(text);
  assert.equal(JSON.parse(answer.body).error.code, 'body_too_large');
});

test('http edge: Expect: 100-continue within the limit → 100 Continue, then the answer', async () => {
  const head = chatHead(`content-length: ${Buffer.byteLength(validBody)}\r\nexpect: 100-continue\r\nconnection: close\r\n`);
  const { text } = await rawExchange(edge.gateway.port, head, { afterFirstAnswer: validBody });
  const answers = parseAnswers(text);
  assert.deepEqual(answers.map((answer) => answer.status), [100, 200]);
  assert.equal(JSON.parse(answers[1].body).object, 'chat.completion');
});

const apiCall = async (path: string, body: unknown, headers: Record<string, string> = {}, method = 'POST') => {
  const response = await request(`${edge.gateway.url}${path}`, {
    method: method as 'POST',
    headers: { authorization: `Bearer ${edge.key}`, 'content-type': 'application/json', ...headers },
    body: method === 'GET' ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.body.text();
  return { status: response.statusCode, text, error: JSON.parse(text).error };
};

const huge = 'm'.repeat(500_000);
const quotesShort = (text: string) => {
  assert.ok(text.length < 2_000, `error body of ${text.length} characters`);
  assert.doesNotMatch(text, /m{100}/);
};

test('http edge: a 500 KB model name is quoted as a short prefix', async () => {
  const chat = await apiCall('/v1/chat/completions', { model: huge, messages: [{ role: 'user', content: 'x' }] });
  assert.equal(chat.error.code, 'model_not_found');
  quotesShort(chat.text);
  assert.match(chat.error.message, /'m{60}…'/);
  const embeddings = await apiCall('/v1/embeddings', { model: huge, input: 'x' });
  assert.equal(embeddings.error.code, 'model_not_found');
  quotesShort(embeddings.text);
  const messages = await apiCall('/v1/messages', { model: huge, max_tokens: 5, messages: [{ role: 'user', content: 'x' }] });
  assert.equal(messages.error.code, 'model_not_found');
  quotesShort(messages.text);
});

test('http edge: client keys, paths and header values in errors are cut short', async () => {
  const param = await apiCall('/v1/chat/completions', { model: 'gpt-test', messages: [{ role: 'user', content: 'x' }], metadata: { [huge]: 1 } });
  assert.equal(param.error.code, 'invalid_request');
  quotesShort(param.text);
  const route = await apiCall(`/v1/${'m'.repeat(10_000)}`, {}, {}, 'GET');
  assert.equal(route.error.code, 'route_not_found');
  quotesShort(route.text);
  const media = await apiCall('/v1/chat/completions', 'x', { 'content-type': `multipart/${'m'.repeat(10_000)}` });
  assert.equal(media.error.code, 'unsupported_media_type');
  quotesShort(media.text);
  const json = await apiCall('/v1/chat/completions', `{"model": "${'m'.repeat(200_000)}`);
  assert.equal(json.error.code, 'invalid_json');
  quotesShort(json.text);
  const admin = await apiCall(`/admin/keys/${'m'.repeat(10_000)}`, undefined, { authorization: `Bearer ${ADMIN_KEY}` }, 'GET');
  quotesShort(admin.text);
});

test(`http edge: a body with more than ${MAX_JSON_KEYS} keys → 400 invalid_request, refused before parsing`, async () => {
  const keys: Record<string, number> = {};
  for (let i = 0; i <= MAX_JSON_KEYS; i++) keys[`k${i}`] = 0;
  const result = await apiCall('/v1/chat/completions', { model: 'gpt-test', messages: [{ role: 'user', content: 'x' }], ...keys });
  assert.equal(result.status, 400);
  assert.equal(result.error.code, 'invalid_request');
  assert.match(result.error.message, /object keys/);
});

test(`http edge: nesting deeper than ${MAX_JSON_DEPTH} levels → 400 invalid_request`, async () => {
  const deep = `{"model":"gpt-test","messages":[{"role":"user","content":"x"}],"extra":${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}}`;
  const result = await apiCall('/v1/chat/completions', deep);
  assert.equal(result.status, 400);
  assert.equal(result.error.code, 'invalid_request');
  assert.match(result.error.message, /levels deep/);
});

test('http edge: a body at the limits is served', async () => {
  const keys: Record<string, number> = {};
  for (let i = 0; i < 1000; i++) keys[`k${i}`] = 0;
  const nested = `${'['.repeat(MAX_JSON_DEPTH - 2)}${']'.repeat(MAX_JSON_DEPTH - 2)}`;
  const body = JSON.stringify({ model: 'gpt-test', messages: [{ role: 'user', content: 'x' }], metadata: { a: 'b' }, ...keys }).replace(/}$/, `,"nested":${nested}}`);
  const result = await apiCall('/v1/chat/completions', body);
  assert.equal(result.status, 200, result.text.slice(0, 300));
});

test('http edge: after all of it the gateway serves a normal request', async () => {
  const result = await apiCall('/v1/chat/completions', validBody);
  assert.equal(result.status, 200);
});
