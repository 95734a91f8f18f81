import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { ConfigError, type ConfigIssue } from './config-error.js';

// @cdktf/hcl2json is unmaintained upstream: every use of it stays in this file so that it can be
// swapped for another HCL parser without touching the loader.

const PARSER = createRequire(import.meta.url).resolve('@cdktf/hcl2json');

// The parser is a Go program compiled to WebAssembly: once loaded it stays in memory for the life
// of its thread (~50 MB of RSS). It runs on a thread of its own, reused by the parses that follow
// one another and ended after a second without any, so a gateway that parsed its config at start
// does not carry it. Plain JavaScript, so the thread needs no TypeScript loader.
const PARSER_THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const { parse } = require(workerData.parser);
parentPort.on('message', ({ id, filename, text }) => parse(filename, text).then(
  (value) => parentPort.postMessage({ id, value }),
  (error) => parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
));`;
const IDLE_MS = 1_000;

interface Waiter {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

interface ParserThread {
  worker: Worker;
  waiting: Map<number, Waiter>;
  idle?: NodeJS.Timeout;
}

let thread: ParserThread | undefined;
let nextId = 0;

function parserThread(): ParserThread {
  if (thread) return thread;
  const worker = new Worker(PARSER_THREAD, { eval: true, workerData: { parser: PARSER } });
  const current: ParserThread = { worker, waiting: new Map() };
  const end = (error: Error) => {
    if (thread === current) thread = undefined;
    clearTimeout(current.idle);
    for (const waiter of current.waiting.values()) waiter.reject(error);
    current.waiting.clear();
  };
  worker.on('message', (reply: { id: number; value?: unknown; error?: string }) => {
    const waiter = current.waiting.get(reply.id);
    if (!waiter) return;
    current.waiting.delete(reply.id);
    if (reply.error === undefined) waiter.resolve(reply.value);
    else waiter.reject(new Error(reply.error));
    if (current.waiting.size > 0) return;
    // Never keeps a process alive by itself; ended once nothing asked for a while.
    worker.unref();
    current.idle = setTimeout(() => {
      end(new Error('the HCL parser thread was stopped'));
      void worker.terminate();
    }, IDLE_MS).unref();
  });
  worker.on('error', end);
  worker.on('exit', (code) => end(new Error(`the HCL parser thread exited with code ${code}`)));
  thread = current;
  return current;
}

function parseInThread(filename: string, text: string): Promise<unknown> {
  const current = parserThread();
  clearTimeout(current.idle);
  current.worker.ref();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    current.waiting.set(id, { resolve, reject });
    current.worker.postMessage({ id, filename, text });
  });
}

/**
 * Parses HCL2 text into its JSON form, as hcl2json writes it:
 * - attributes become plain values; expressions stay strings such as `"${env(\"KEY\")}"`;
 * - an unlabelled block `server { … }` becomes `server: [ { … } ]` (one entry per occurrence);
 * - a labelled block `provider "openai" { … }` becomes `provider: { openai: [ { … } ] }`.
 *
 * @throws ConfigError with file, line and column for each syntax error.
 */
export async function parseHcl(text: string, filename: string): Promise<Record<string, unknown>> {
  try {
    return (await parseInThread(filename, text)) as Record<string, unknown>;
  } catch (error) {
    throw new ConfigError(syntaxIssues(error instanceof Error ? error.message : String(error), filename));
  }
}

/**
 * Reads diagnostics out of hcl2json's error text, which looks like
 * `parse config: [a.hcl:2,10-3,1: Invalid expression; Expected …. a.hcl:5,1-2: …]`.
 */
export function syntaxIssues(text: string, filename: string): ConfigIssue[] {
  const file = escapeRegExp(filename);
  const start = new RegExp(`(?:^|[\\s\\[])${file}:(\\d+),(\\d+)-[\\d,]+: `, 'g');
  const matches = [...text.matchAll(start)];
  if (matches.length === 0) {
    return [{ file: filename, path: [], message: `syntax error: ${text.replace(/^parse config: /, '')}` }];
  }
  return matches.map((match, index) => {
    const from = match.index! + match[0].length;
    const to = index + 1 < matches.length ? matches[index + 1].index! : text.length;
    const body = text.slice(from, to).trim().replace(/\]$/, '');
    const [summary, ...detail] = body.split('; ');
    const message = detail.length === 0 ? summary : `${summary}: ${detail.join('; ')}`;
    return {
      file: filename,
      line: Number(match[1]),
      column: Number(match[2]),
      path: [],
      message: `syntax error: ${message}`,
    };
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
