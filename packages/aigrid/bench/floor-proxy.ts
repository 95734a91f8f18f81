import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool } from 'undici';

/*
 * The floor: the least a Node gateway can do. node:http in, undici Pool out, nothing in between
 * (no parsing, no auth, no logging). Whatever a real gateway adds beyond this is its own cost.
 *   node --import tsx bench/floor-proxy.ts <upstreamOrigin>
 * Prints {"port":N} once listening on 127.0.0.1.
 */
const upstream = process.argv[2] ?? 'http://127.0.0.1:8080';

// Keep-alive upstream connections; undici always sets TCP_NODELAY on the sockets it opens.
const pool = new Pool(upstream, { pipelining: 1, keepAliveTimeout: 60_000 });

// Connection-scoped headers must not be forwarded (RFC 9110 §7.6.1).
const hopByHop = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'te', 'trailer', 'upgrade', 'host']);

function forwardable(headers: Record<string, string | string[] | undefined>): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !hopByHop.has(name)) out[name] = value;
  }
  return out;
}

const server = http.createServer({ noDelay: true, keepAliveTimeout: 60_000 }, (req, res) => {
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  pool
    .stream(
      {
        method: req.method as 'GET',
        path: req.url ?? '/',
        headers: forwardable(req.headers),
        body: hasBody ? req : undefined,
      },
      // Hand undici the client response itself: each upstream chunk is written as it arrives.
      ({ statusCode, headers }) => {
        res.writeHead(statusCode, forwardable(headers));
        return res;
      },
    )
    .catch((error: Error) => {
      if (!res.headersSent) {
        res.writeHead(502, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: `floor proxy: ${error.message}`, type: 'upstream_error' } }));
      } else {
        res.destroy(error);
      }
    });
});

server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port })}\n`);
});
process.on('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => void pool.close().then(() => process.exit(0)));
});
