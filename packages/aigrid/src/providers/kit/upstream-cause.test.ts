import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { createServer as createTcpServer } from 'node:net';
import { describe, it } from 'node:test';
import { request } from 'undici';
import { GridError } from '../../spec/grid-error.js';
import { upstreamCause } from './upstream-cause.js';
import { mapTransportError } from './upstream-errors.js';

const failure = (url: string) => request(url).then(
  () => assert.fail('expected a failure'),
  (error: unknown) => error,
);

describe('upstream cause classes', () => {
  it('a closed port is "refused", and the client message says so', async () => {
    const probe = createTcpServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as { port: number }).port;
    await new Promise((resolve) => probe.close(resolve));
    const error = await failure(`http://127.0.0.1:${port}/`);
    assert.equal(upstreamCause(error), 'refused');
    const mapped = mapTransportError('mock', error, undefined);
    assert.equal(mapped.code, 'upstream_unreachable');
    assert.equal(mapped.message, "Provider 'mock' could not be reached (connection refused).");
    assert.equal(upstreamCause(mapped), 'refused', 'through the GridError cause chain');
  });

  it('TLS spoken to a plain server is "tls"; a dropped connection is "reset"', async () => {
    const server = createServer((req) => req.socket.destroy());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    try {
      assert.equal(upstreamCause(await failure(`https://127.0.0.1:${port}/`)), 'tls');
      assert.equal(upstreamCause(await failure(`http://127.0.0.1:${port}/`)), 'reset');
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('DNS, timeout and status classes', () => {
    assert.equal(upstreamCause(Object.assign(new Error('getaddrinfo ENOTFOUND x'), { code: 'ENOTFOUND' })), 'dns');
    assert.equal(upstreamCause(new Error('wrapped', { cause: Object.assign(new Error('t'), { code: 'UND_ERR_CONNECT_TIMEOUT' }) })), 'timeout');
    assert.equal(upstreamCause(new GridError('upstream_error', 'x', { upstreamStatus: 502 })), 'status');
    assert.equal(upstreamCause(new Error('?')), 'other');
  });
});
