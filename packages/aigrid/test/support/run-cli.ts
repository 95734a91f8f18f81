import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('./cli-entry.ts', import.meta.url));
/** tsx by its resolved URL, so a CLI run from any working directory still finds it. */
const TSX = import.meta.resolve('tsx');
const PACKAGE_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The package's bin, which runs the compiled `dist/` (built by `npm test` before the tests). */
export const BUILT_BIN = fileURLToPath(new URL('../../bin/aigrid.js', import.meta.url));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `aigrid <args>` from source and waits for it. */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}, cwd = PACKAGE_ROOT): CliResult {
  const result = spawnSync(process.execPath, ['--import', TSX, ENTRY, ...args], {
    cwd,
    env: { ...process.env, AIGRID_CONFIG: '', ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Starts `aigrid serve` in a child process and resolves with its URL once it listens: from
 * source by default, or the built bin with `built`.
 */
export async function spawnServe(args: string[], env: NodeJS.ProcessEnv = {}, options: { built?: boolean } = {}): Promise<{ child: ChildProcess; url: string }> {
  const entry = options.built ? [BUILT_BIN] : ['--import', TSX, ENTRY];
  const child = spawn(process.execPath, [...entry, 'serve', ...args], {
    cwd: PACKAGE_ROOT,
    env: { ...process.env, AIGRID_CONFIG: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${output}`)), 20_000);
    const onData = (part: Buffer) => {
      output += part.toString();
      const match = /listening on (http:\/\/[^\s"]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (part: Buffer) => (output += part.toString()));
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
  });
  return { child, url };
}
