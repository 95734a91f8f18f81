import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort, startServer, type ServerProcess } from './processes.js';
import { MODEL, packageDir, type Target } from './targets.js';

const run = promisify(execFile);
const TENANT = 'bench';
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

/**
 * What "governance on" adds to the core configuration: the key's tenant declared, a money budget
 * and rate, token and concurrency limits on it, and a priced model card, so every request
 * reserves against the budget, passes the limits, is priced and settles a usage event in the
 * ledger. None of them is ever reached: they cost the checks, not refusals.
 */
export const GOVERNANCE_HCL = `tenant "${TENANT}" {}
model_card "openai-compatible/${MODEL}" {
  input_price  = 0.15
  output_price = 0.6
}
budget "bench-monthly" {
  scope  = "tenant:${TENANT}"
  amount = 1000000
  period = "month"
  hard   = true
}
limit "bench-rate" {
  scope               = "tenant:${TENANT}"
  requests_per_minute = 100000000
  tokens_per_minute   = 10000000000
  concurrent          = 10000
}
`;

/** Options of one aigrid process: its name, environment, build, and configuration. */
export interface AigridVariant {
  name?: string;
  env?: NodeJS.ProcessEnv;
  packageDir?: string;
  /** Tenant budget, limits and a priced model on (see GOVERNANCE_HCL). */
  governance?: boolean;
  /** Top-level lines such as `database = "postgres://…"` and `redis = "redis://…"`. */
  shared?: string;
  /** A key already created in the shared database (a second gateway on the same store). */
  key?: string;
}

function writeConfig(dir: string, port: number, mock: ServerProcess, variant: AigridVariant): string {
  mkdirSync(join(dir, 'data'), { recursive: true });
  const path = join(dir, 'aigrid.hcl');
  const card = variant.governance ? `\n  card = "openai-compatible/${MODEL}"` : '';
  writeFileSync(
    path,
    `${variant.shared ?? ''}
data_dir = "${join(dir, 'data')}"
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
  upstream_model = "${MODEL}"${card}
}
${variant.governance ? GOVERNANCE_HCL : ''}`,
  );
  return path;
}

async function createKey(cli: string, config: string, tenantDeclared: boolean, env?: NodeJS.ProcessEnv): Promise<string> {
  const tenant = ['--tenant', TENANT, ...(tenantDeclared ? [] : ['--create-tenant'])];
  const { stdout } = await run(process.execPath, [cli, 'keys', 'create', '--name', 'bench', ...tenant, '--json', '--config', config], {
    cwd: packageDir,
    env: { ...process.env, ...env },
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

/**
 * Starts the gateway: a virtual key is required on every request and every request is logged
 * (the core configuration); `variant.governance` adds the tenant's budget, limits and prices.
 */
export async function startAigrid(
  mock: ServerProcess,
  workDir: string,
  nodeArgs: string[] = [],
  variant: AigridVariant = {},
): Promise<Target> {
  const { dir: built, cli } = aigridPackage(variant.packageDir);
  if (!existsSync(join(built, 'dist', 'cli', 'main.js'))) throw new Error(`aigrid is not built (${join(built, 'dist', 'cli', 'main.js')} missing)`);
  const name = variant.name ?? 'aigrid';
  const dir = join(workDir, name);
  const port = await freePort();
  const config = writeConfig(dir, port, mock, variant);
  const secret = variant.key ?? (await createKey(cli, config, variant.governance === true, variant.env));
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
