import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { GridError } from '../../spec/grid-error.js';
import { UpstreamClient } from './upstream-client.js';

/** A loopback upstream whose answer each test picks by path. */
function startUpstream(): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      if (req.url === '/v1/ok') {
        res.writeHead(200, { 'content-type': 'application/json' });
        // Two writes, so the client has to join chunks.
        res.write('{"echo":');
        return void res.end(`${body},"auth":${JSON.stringify(req.headers.authorization ?? null)}}`);
      }
      if (req.url === '/v1/limited') {
        res.writeHead(429, { 'content-type': 'application/json', 'Retry-After': '7' });
        return void res.end('{"error":{"message":"slow down"}}');
      }
      if (req.url === '/v1/not-json') {
        res.writeHead(200, { 'content-type': 'application/json' });
        return void res.end('<html>');
      }
      // /v1/slow: headers, then silence
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{');
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const rejectsWith = (promise: Promise<unknown>, code: string) =>
  assert.rejects(promise, (error: unknown) => error instanceof GridError && error.code === code);

describe('UpstreamClient.fetchJson', () => {
  let server: http.Server;
  let client: UpstreamClient;
  const make = (baseUrl: string, totalTimeoutMs = 5_000) =>
    new UpstreamClient({ provider: 'mock', baseUrl, headers: { authorization: 'Bearer up' }, connectTimeoutMs: 1_000, firstByteTimeoutMs: 5_000, totalTimeoutMs, maxConnections: 4 });

  before(async () => {
    server = await startUpstream();
    client = make(`http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`);
  });
  after(async () => {
    await client.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('posts the body with the provider headers and returns the raw bytes and the parsed value', async () => {
    const { raw, value, status } = await client.fetchJson('/ok', '{"a":1}', new AbortController().signal);
    assert.equal(status, 200);
    assert.deepEqual(value, { echo: { a: 1 }, auth: 'Bearer up' });
    assert.equal(Buffer.from(raw).toString('utf8'), '{"echo":{"a":1},"auth":"Bearer up"}');
  });

  it('maps an error status with its retry-after', async () => {
    await assert.rejects(client.fetchJson('/limited', '{}', new AbortController().signal), (error: unknown) => {
      assert.ok(error instanceof GridError);
      assert.equal(error.code, 'upstream_rate_limited');
      assert.equal(error.retryAfterSeconds, 7);
      return true;
    });
  });

  it('refuses a body that is not JSON', () => rejectsWith(client.fetchJson('/not-json', '{}', new AbortController().signal), 'upstream_invalid_response'));

  it('gives up at the total timeout', async () => {
    const hasty = make(`http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, 150);
    try {
      await rejectsWith(hasty.fetchJson('/slow', '{}', new AbortController().signal), 'upstream_timeout');
    } finally {
      await hasty.close();
    }
  });

  it('stops when the caller aborts, before or during the call', async () => {
    const early = new AbortController();
    early.abort();
    await rejectsWith(client.fetchJson('/ok', '{}', early.signal), 'client_closed_request');
    const late = new AbortController();
    const pending = client.fetchJson('/slow', '{}', late.signal);
    setTimeout(() => late.abort(), 50);
    await rejectsWith(pending, 'client_closed_request');
  });

  it('reports an upstream that cannot be reached', async () => {
    const probe = http.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const nowhere = make(`http://127.0.0.1:${port}/v1`);
    try {
      await rejectsWith(nowhere.fetchJson('/ok', '{}', new AbortController().signal), 'upstream_unreachable');
    } finally {
      await nowhere.close();
    }
  });
});
