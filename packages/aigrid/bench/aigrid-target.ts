import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort, startServer, type ServerProcess } from './processes.js';
import { MODEL, packageDir, type Target } from './targets.js';

const run = promisify(execFile);
/**
 * The CLI of a built aigrid package: `dir`, else AIGRID_BENCH_PACKAGE (another checkout's built
 * package, to compare two builds in one run), else this one.
 */
export function aigridPackage(dir?: string): { dir: string; cli: string } {
  const chosen = dir ?? process.env.AIGRID_BENCH_PACKAGE ?? packageDir;
  return { dir: chosen, cli: join(chosen, 'bin', 'aigrid.js') };
}

/** Compiles the gateway so the bench measures the source as it is now. */
export async function buildAigrid(): Promise<void> {
  try {
    await run('npm', ['run', 'build', '--silent'], { cwd: packageDir, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    const tail = `${stdout}${stderr}`.trim().split('\n').slice(-15).join('\n');
    throw new Error(`aigrid build failed:\n${tail}`);
  }
}

function writeConfig(dir: string, port: number, mock: ServerProcess): string {
  mkdirSync(join(dir, 'data'), { recursive: true });
  const path = join(dir, 'aigrid.hcl');
  writeFileSync(
    path,
    `data_dir = "${join(dir, 'data')}"
server {
  host = "127.0.0.1"
  port = ${port}
  admin_key = "bench-admin-key"
}
provider "mock" {
  type     = "openai-compatible"
  base_url = "http://127.0.0.1:${mock.port}/v1"
  api_key  = "sk-mock"
}
model "${MODEL}" {
  provider = "mock"
  upstream_model = "${MODEL}"
}
`,
  );
  return path;
}

async function createKey(cli: string, config: string): Promise<string> {
  const { stdout } = await run(process.execPath, [cli, 'keys', 'create', '--name', 'bench', '--tenant', 'bench', '--create-tenant', '--json', '--config', config], {
    cwd: packageDir,
    timeout: 30_000,
  });
  // Tolerate log lines around the JSON: take the first line that parses and has a secret.
  for (const line of [stdout, ...stdout.split('\n')]) {
    try {
      const secret = JSON.parse(line)?.secret;
      if (typeof secret === 'string') return secret;
    } catch {
      // not JSON; keep looking
    }
  }
  throw new Error(`keys create printed no "secret": ${stdout.slice(0, 300)}`);
}

/** Starts the gateway with governance on: a virtual key is required on every request. */
export async function startAigrid(
  mock: ServerProcess,
  workDir: string,
  nodeArgs: string[] = [],
  variant: { name?: string; env?: NodeJS.ProcessEnv; packageDir?: string } = {},
): Promise<Target> {
  const { dir: built, cli } = aigridPackage(variant.packageDir);
  if (!existsSync(join(built, 'dist', 'cli', 'main.js'))) throw new Error(`aigrid is not built (${join(built, 'dist', 'cli', 'main.js')} missing)`);
  const name = variant.name ?? 'aigrid';
  const dir = join(workDir, name);
  const port = await freePort();
  const config = writeConfig(dir, port, mock);
  const secret = await createKey(cli, config);
  const server = await startServer({
    name,
    args: [...nodeArgs, cli, 'serve', '--config', config],
    cwd: packageDir,
    env: variant.env,
    port,
    logPath: join(workDir, `${name}.log`),
    readyUrl: (p) => `http://127.0.0.1:${p}/readyz`,
  });
  return {
    process: server,
    endpoint: {
      name,
      origin: `http://127.0.0.1:${port}`,
      path: '/v1/chat/completions',
      headers: { authorization: `Bearer ${secret}` },
      model: MODEL,
    },
  };
}
