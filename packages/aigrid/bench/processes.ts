import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import net from 'node:net';
import { request } from 'undici';

/** A server the bench started in its own child process (own event loop, own RSS). */
export interface ServerProcess {
  name: string;
  pid: number;
  port: number;
  logPath: string;
  /** Reads VmHWM, then stops the process; returns peak RSS in KiB (undefined if unreadable). */
  stop(): Promise<number | undefined>;
}

const live = new Set<ChildProcess>();

// A crash or Ctrl-C in the orchestrator must not leave servers holding ports.
process.on('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

/** Asks the kernel for a free loopback port (the config files need the port before start). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function statusKb(pid: number, field: 'VmHWM' | 'VmRSS'): number | undefined {
  try {
    const match = new RegExp(`${field}:\\s+(\\d+)\\s+kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** Peak resident set size of a live process, in KiB, from /proc/<pid>/status. */
export function peakRssKb(pid: number): number | undefined {
  return statusKb(pid, 'VmHWM');
}

/** Resident set size of a live process now, in KiB. */
export function rssKb(pid: number): number | undefined {
  return statusKb(pid, 'VmRSS');
}

/** Last lines of a child's log, for failure reports. */
export function logTail(logPath: string, lines = 15): string {
  try {
    return readFileSync(logPath, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

export interface StartOptions {
  name: string;
  args: string[];
  /** Known port; when absent the child must print `{"port":N}` as a line of its log. */
  port?: number;
  logPath: string;
  readyUrl: (port: number) => string;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

/**
 * Starts `node <args>` with stdout/stderr going straight to a log file (no pipe for the
 * orchestrator to drain), then polls readyUrl until it answers 2xx.
 */
export async function startServer(options: StartOptions): Promise<ServerProcess> {
  const fd = openSync(options.logPath, 'a');
  const child = spawn(process.execPath, options.args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  live.add(child);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  exited.then(() => live.delete(child));
  let port = options.port ?? 0;
  try {
    const deadline = Date.now() + (options.timeoutMs ?? 20_000);
    if (!port) port = await waitForPortLine(options.logPath, exited, deadline);
    await waitReady(options.readyUrl(port), exited, deadline);
  } catch (error) {
    child.kill('SIGKILL');
    const tail = logTail(options.logPath);
    throw new Error(`${options.name} did not start: ${(error as Error).message}${tail ? `\n${tail}` : ''}`);
  }
  return {
    name: options.name,
    pid: child.pid!,
    port,
    logPath: options.logPath,
    stop: async () => {
      const peak = peakRssKb(child.pid!);
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
        await exited;
        clearTimeout(timer);
      }
      return peak;
    },
  };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Races a polling loop against the child's exit, so a crashed child fails fast. */
async function untilExit<T>(exited: Promise<number | null>, poll: (stopped: () => boolean) => Promise<T>): Promise<T> {
  let done = false;
  const exit = exited.then((code): never => {
    throw new Error(`exited with code ${code} before it was ready`);
  });
  exit.catch(() => {});
  try {
    return await Promise.race([poll(() => done), exit]);
  } finally {
    done = true;
  }
}

async function waitForPortLine(logPath: string, exited: Promise<number | null>, deadline: number): Promise<number> {
  return untilExit(exited, async (stopped) => {
    while (!stopped() && Date.now() < deadline) {
      const match = /\{"port":(\d+)\}/.exec(logTail(logPath, 50));
      if (match) return Number(match[1]);
      await pause(50);
    }
    throw new Error('never printed its port');
  });
}

async function waitReady(url: string, exited: Promise<number | null>, deadline: number): Promise<void> {
  let lastError = 'no answer';
  return untilExit(exited, async (stopped) => {
    while (!stopped() && Date.now() < deadline) {
      try {
        const response = await request(url, { headersTimeout: 1000, bodyTimeout: 1000 });
        await response.body.dump();
        if (response.statusCode < 300) return;
        lastError = `status ${response.statusCode} from ${url}`;
      } catch (error) {
        lastError = (error as Error).message;
      }
      await pause(100);
    }
    throw new Error(`not ready in time (${lastError})`);
  });
}
