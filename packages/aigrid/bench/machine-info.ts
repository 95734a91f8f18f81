import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

// Walks up from the package's entry: some packages (@hono/node-server) do not export package.json.
function version(name: string, from = require): string | undefined {
  try {
    return JSON.parse(readFileSync(from.resolve(`${name}/package.json`), 'utf8')).version;
  } catch {
    // not exported; try the entry point
  }
  try {
    for (let dir = dirname(from.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
      try {
        const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
        if (manifest.name === name) return manifest.version;
      } catch {
        // no package.json at this level
      }
    }
  } catch {
    // not installed
  }
  return undefined;
}

/** Resolves packages as Portkey's bundle does (its pinned @hono/node-server is nested under it). */
function portkeyRequire(): NodeJS.Require {
  try {
    return createRequire(require.resolve('@portkey-ai/gateway/package.json'));
  } catch {
    return require;
  }
}

/** What the numbers were measured on: they only compare within one run on one machine. */
export function machineInfo() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    totalMemoryMb: Math.round(os.totalmem() / 1024 / 1024),
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    node: process.version,
    loadAverageAtStart: os.loadavg().map((load) => Math.round(load * 100) / 100),
    versions: {
      autocannon: version('autocannon'),
      undici: version('undici'),
      portkeyGateway: version('@portkey-ai/gateway'),
      honoNodeServer: version('@hono/node-server', portkeyRequire()),
    },
  };
}
