import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Endpoint } from './endpoint.js';
import { freePort, startServer, type ServerProcess } from './processes.js';
import { transpileEntry } from './transpile.js';

const require = createRequire(import.meta.url);
export const benchDir = dirname(fileURLToPath(import.meta.url));
export const packageDir = resolve(benchDir, '..');

/** A target the load clients can hit; process is absent for `direct` (the mock is its server). */
export interface Target {
  endpoint: Endpoint;
  process?: ServerProcess;
}

export const MODEL = 'bench-model';
const chatPath = '/v1/chat/completions';
const tsx = ['--import', 'tsx'];

export interface MockPacing {
  streamChunks: number;
  chunkIntervalMs: number;
}

/** The one mock upstream every target talks to: zero-delay JSON, paced SSE streams. */
export function startMock(workDir: string, pacing: MockPacing): Promise<ServerProcess> {
  return startServer({
    name: 'mock',
    args: [...tsx, join(benchDir, 'mock-server.ts'), String(pacing.streamChunks), String(pacing.chunkIntervalMs)],
    cwd: packageDir,
    logPath: join(workDir, 'mock.log'),
    readyUrl: (port) => `http://127.0.0.1:${port}/v1/models`,
  });
}

export function directTarget(mock: ServerProcess): Target {
  return {
    endpoint: {
      name: 'direct',
      origin: `http://127.0.0.1:${mock.port}`,
      path: chatPath,
      headers: { authorization: 'Bearer sk-mock' },
      model: MODEL,
    },
  };
}

export async function startFloor(mock: ServerProcess, workDir: string, nodeArgs: string[] = []): Promise<Target> {
  const server = await startServer({
    name: 'floor',
    args: [...nodeArgs, transpileEntry(benchDir, 'floor-proxy.ts'), `http://127.0.0.1:${mock.port}`],
    cwd: packageDir,
    logPath: join(workDir, 'floor.log'),
    // Through the proxy to the mock, so "ready" means both legs work.
    readyUrl: (port) => `http://127.0.0.1:${port}/v1/models`,
  });
  return { process: server, endpoint: { ...directTarget(mock).endpoint, name: 'floor', origin: `http://127.0.0.1:${server.port}` } };
}

/** Portkey's own entry, the `gateway` bin that `npx @portkey-ai/gateway` runs. */
function portkeyEntry(): string {
  const manifest = require.resolve('@portkey-ai/gateway/package.json');
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: string | Record<string, string> };
  return join(dirname(manifest), typeof bin === 'string' ? bin : bin.gateway);
}

/**
 * The Portkey gateway from npm, started as its users start it: its bin on bare node, with
 * `--port` and `--headless` (no UI, no log stream) in its production mode. It listens on every
 * interface (its entry passes no hostname); the bench talks to it on 127.0.0.1. node:http sets
 * TCP_NODELAY on accepted sockets by default (`noDelay: true` since Node 18).
 * @hono/node-server is pinned for it in the root package.json's `overrides` (see docs/benchmarks.md).
 */
export async function startPortkey(mock: ServerProcess, workDir: string): Promise<Target> {
  const port = await freePort();
  const server = await startServer({
    name: 'portkey',
    args: [portkeyEntry(), `--port=${port}`, '--headless'],
    cwd: packageDir,
    port,
    env: { NODE_ENV: 'production' },
    logPath: join(workDir, 'portkey.log'),
    readyUrl: (p) => `http://127.0.0.1:${p}/`,
  });
  return {
    process: server,
    endpoint: {
      name: 'portkey',
      origin: `http://127.0.0.1:${port}`,
      path: chatPath,
      headers: {
        authorization: 'Bearer sk-test',
        'x-portkey-provider': 'openai',
        'x-portkey-custom-host': `http://127.0.0.1:${mock.port}/v1`,
      },
      model: MODEL,
    },
  };
}
