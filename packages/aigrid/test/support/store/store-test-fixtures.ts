import { randomBytes, randomUUID } from 'node:crypto';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';
import { openStore, type Store } from '../../../src/store/open-store.js';
import type { RequestLogEntry } from '../../../src/store/request-log-repository.js';

// Test helpers shared by the store tests. Not used by the gateway itself.

/** PostgreSQL the tests run against; CI and developer machines both have one. */
export const TEST_POSTGRES_URL =
  process.env.AIGRID_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A database the conformance suite may open repeatedly, and then throw away. */
export interface StoreFixture {
  /** Opens a store (another connection each call) on the fixture's database. */
  open(): Promise<Store>;
  /** Deletes the database (folder or schema). */
  dispose(): Promise<void>;
}

/** A SQLite file in a fresh temp folder, one level down so parent creation is exercised. */
export function sqliteFixture(): StoreFixture {
  const dir = mkdtempSync(join(tmpdir(), 'aigrid-store-'));
  return {
    open: () => openStore(`sqlite:${join(dir, 'nested', 'aigrid.db')}`),
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A unique schema in the test PostgreSQL database, dropped on dispose. */
export function postgresFixture(): StoreFixture {
  const schema = uniqueSchemaName();
  return {
    open: () => openStore(TEST_POSTGRES_URL, { schema }),
    dispose: () => dropSchema(schema),
  };
}

/** Drops a test schema over a plain connection (a store would migrate the default schema). */
export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    await client.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await client.end();
  }
}

/** `aigrid_test_<random>`: isolates one test run's tables from every other run. */
export function uniqueSchemaName(): string {
  return `aigrid_test_${randomBytes(6).toString('hex')}`;
}

/** A plausible request-log entry; override what a test cares about. */
export function sampleLogEntry(overrides: Partial<RequestLogEntry> = {}): RequestLogEntry {
  return {
    id: `req_${randomUUID()}`,
    ts: Date.now(),
    keyId: 'key_test',
    tenant: 'acme',
    model: 'gpt-4o-mini',
    provider: 'openai',
    endpoint: '/v1/chat/completions',
    status: 200,
    errorCode: null,
    latencyMs: 12.5,
    upstreamMs: 10.25,
    inputTokens: 11,
    outputTokens: 7,
    streamed: false,
    deployment: null,
    attempts: null,
    policy: null,
    guardFindings: null,
    ...overrides,
  };
}

/** How a child process ended. */
export interface ChildOutcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/**
 * Runs `source` as an ES module in a fresh `node --import tsx` process. `{{store}}` in the source
 * becomes the file URL of `src/store`, `{{support}}` that of `test/support`, so the script can
 * import modules by path.
 */
export function runNodeScript(source: string, args: string[] = []): Promise<ChildOutcome> {
  const here = fileURLToPath(new URL('../../../src/store', import.meta.url));
  const support = dirname(dirname(fileURLToPath(import.meta.url)));
  const dir = mkdtempSync(join(tmpdir(), 'aigrid-child-'));
  const script = join(dir, 'child.mjs');
  writeFileSync(script, source.replaceAll('{{store}}', pathToFileURL(here).href).replaceAll('{{support}}', pathToFileURL(support).href));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: here,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      rmSync(dir, { recursive: true, force: true });
      resolve({ code, signal, stderr });
    });
  });
}

/** Polls until `check` resolves true, failing after `timeoutMs`. */
export async function waitFor(check: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
