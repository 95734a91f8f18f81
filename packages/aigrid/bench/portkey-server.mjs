import { register } from 'node:module';

/*
 * Starts the Portkey gateway (npm @portkey-ai/gateway) bound to 127.0.0.1 only.
 *   node bench/portkey-server.mjs <port>
 * Its package ships one bundled entry (build/start-server.js) that builds the Hono app and calls
 * @hono/node-server's serve({ fetch, port }) with no hostname, i.e. on every interface, and it
 * exports nothing. So a resolve hook hands that bundle a serve() that adds hostname '127.0.0.1'.
 */
const port = process.argv[2] ?? '8787';
register('./portkey-loader-hooks.mjs', import.meta.url);
// The bundle reads its port and mode from argv; --headless skips the UI and its log stream.
process.argv.splice(2, Infinity, `--port=${port}`, '--headless');
await import('@portkey-ai/gateway/build/start-server.js');
