import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'undici';
import { ERROR_TABLE } from '../src/spec/error-codes.js';
import { parseAnswers, rawExchange, startEdgeGateway, type EdgeGateway } from './support/raw-http.js';

/*
 * Throws generated malformed requests at the gateway — a fixed count from a fixed seed, so a
 * failure replays — and checks that every one is answered in the error envelope with a request
 * id, and that the gateway still serves afterwards.
 */

const COUNT = 300;
const CONCURRENCY = 16;
const SEED = Number(process.env.AIGRID_FUZZ_SEED ?? 21);

let edge: EdgeGateway;
before(async () => {
  edge = await startEdgeGateway(64 * 1024);
});
after(() => edge.close());

/** mulberry32: small, seedable, good enough to pick mutations. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = random(SEED);
const int = (max: number) => Math.floor(next() * max);
const pick = <T>(values: readonly T[]): T => values[int(values.length)];
const bytes = (length: number) => Buffer.from(Array.from({ length }, () => int(256))).toString('latin1');

const BODY = JSON.stringify({ model: 'gpt-test', messages: [{ role: 'user', content: 'fuzz' }] });
const head = (lines: string[], method = 'POST', path = '/v1/chat/completions', version = 'HTTP/1.1') =>
  `${method} ${path} ${version}\r\n${lines.map((line) => `${line}\r\n`).join('')}\r\n`;
const baseLines = () => ['host: x', `authorization: Bearer ${edge.key}`, 'content-type: application/json'];

const mutations: Array<() => string> = [
  // A stray control or odd byte somewhere in the head.
  () => {
    const text = head([...baseLines(), `content-length: ${BODY.length}`]);
    const at = 1 + int(text.length - 5);
    return text.slice(0, at) + pick(['\r', '\n', '\u0000', '\u007f', '\u00ff', ' ', ':', '\t', '\u0001']) + text.slice(at) + BODY;
  },
  // A content-length that is wrong, negative, not a number or doubled.
  () => {
    const value = pick(['-1', 'abc', '', ' ', '1e3', '0x10', '99999999999999999999', '+5', '5 5', `${BODY.length}, ${BODY.length + 1}`]);
    return head([...baseLines(), `content-length: ${value}`]) + BODY;
  },
  () => head([...baseLines(), `content-length: ${BODY.length}`, `content-length: ${BODY.length + int(9) + 1}`]) + BODY,
  // A method no server knows.
  () => head(baseLines(), pick(['BREW', 'get', 'G ET', 'PO\u0000ST', 'X'.repeat(1 + int(300)), '\u0016\u0003\u0001']), '/v1/models'),
  // The whole request cut short at a random byte (the socket is half-closed after it).
  () => {
    const text = head([...baseLines(), `content-length: ${BODY.length}`]) + BODY;
    return text.slice(0, 1 + int(text.length - 2));
  },
  // A body that is not JSON, or JSON past the limits, with a correct length.
  () => {
    const body = pick([bytes(1 + int(200)), '['.repeat(100 + int(2000)), `{"model": "${'m'.repeat(int(30_000))}`, '{"model":', '\u00ff\u00fe{}']);
    return head([...baseLines(), `content-length: ${Buffer.byteLength(body, 'latin1')}`]) + body;
  },
  // A header too large, or too many.
  () => head([...baseLines(), `x-big: ${'a'.repeat(10_000 + int(60_000))}`]),
  () => head([...baseLines(), ...Array.from({ length: 500 + int(3000) }, (_, i) => `x-h${i}: ${i}`)]),
  // A broken chunked body.
  () => {
    const chunk = pick(['zz\r\n{}\r\n', '2\r\n{}\r\n', `ffffffffffff\r\n{}`, '2;ext=1\r\n{}\r\n0\r\n\r\n', '1\r\n{}\r\n0\r\n\r\n']);
    return head([...baseLines(), 'transfer-encoding: chunked']) + chunk;
  },
  // Content-length with transfer-encoding, or a transfer-encoding the gateway does not speak.
  () => head([...baseLines(), pick(['transfer-encoding: chunked', 'transfer-encoding: gzip', 'transfer-encoding: xchunked', 'transfer-encoding: chunked, identity']), `content-length: ${BODY.length}`]) + BODY,
  // An odd request target or version.
  () => head(baseLines(), 'GET', pick(['/a b', '/%00', `/${bytes(20)}`, `/${'p'.repeat(5000)}`, '*', 'http://elsewhere/v1/models', '//..//admin']), pick(['HTTP/1.1', 'HTTP/1.0', 'HTTP/2.0', 'HTTP/1.1x', 'http/1.1'])),
  // Expectations and upgrades.
  () => head([...baseLines(), pick(['expect: 100-continue', 'expect: something-else']), `content-length: ${pick([BODY.length, 10_000_000])}`]) + BODY,
  () => head(['host: x', 'connection: upgrade', 'upgrade: websocket'], 'GET', '/v1/models'),
  () => pick(['CONNECT example.com:443 HTTP/1.1\r\nhost: example.com\r\n\r\n', 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n', bytes(1 + int(64))]),
];

test(`http edge fuzz: ${COUNT} malformed requests (seed ${SEED}) each get the envelope and a request id`, { timeout: 60_000 }, async (t) => {
  const payloads = Array.from({ length: COUNT }, () => pick(mutations)());
  const failures: string[] = [];
  let unanswered = 0;
  let cursor = 0;
  const worker = async () => {
    while (cursor < payloads.length) {
      const payload = payloads[cursor++];
      const { text } = await rawExchange(edge.gateway.port, Buffer.from(payload, 'latin1'), { endAfterWrite: true });
      const answers = parseAnswers(text).filter((answer) => answer.status >= 200);
      if (answers.length === 0) {
        // Bytes that never make a request line (e.g. a lone "G" then EOF) get no answer, as from any
        // server; so does a whole request whose client half-closes (Node takes that as the client
        // leaving, and the gateway stops work for clients that left), perhaps after a 100 Continue.
        if (parseAnswers(text).length === 0 && text.length > 0) failures.push(`unparseable answer ${JSON.stringify(text.slice(0, 120))} to ${JSON.stringify(payload.slice(0, 120))}`);
        unanswered++;
        continue;
      }
      for (const answer of answers) {
        const problem = envelopeProblem(answer.status, answer.headers, answer.body);
        if (problem) failures.push(`${problem} for ${JSON.stringify(payload.slice(0, 120))}: ${answer.status} ${answer.body.slice(0, 200)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  t.diagnostic(`${COUNT - unanswered} answered, ${unanswered} unanswered`);
  assert.deepEqual(failures.slice(0, 5), [], `${failures.length} bad answers`);
  // Almost every generated request has a request line, so silence must stay rare.
  assert.ok(unanswered < COUNT / 5, `${unanswered} requests got no answer`);

  const response = await request(`${edge.gateway.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${edge.key}`, 'content-type': 'application/json' },
    body: BODY,
  });
  assert.equal(response.statusCode, 200);
  assert.equal(((await response.body.json()) as { object: string }).object, 'chat.completion');
});

/** Why an answer is not what the gateway promises, or undefined. */
function envelopeProblem(status: number, headers: Record<string, string>, body: string): string | undefined {
  if (!/^req_[0-9a-f]{32}$/.test(headers['x-request-id'] ?? '')) return 'no x-request-id';
  if (status < 400) return undefined;
  let parsed: { error?: { code?: string; message?: string } };
  try {
    parsed = JSON.parse(body);
  } catch {
    return 'body not JSON';
  }
  const code = parsed.error?.code;
  if (!code || !(code in ERROR_TABLE)) return `unknown code ${code}`;
  if (ERROR_TABLE[code as keyof typeof ERROR_TABLE].status !== status) return `status does not match ${code}`;
  if (body.length > 2_000) return `error body of ${body.length} characters`;
  return undefined;
}
