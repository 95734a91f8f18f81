import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { assembleConfig } from './config-assembly.js';
import { ConfigError } from './config-error.js';
import { applyOverrides, type ConfigOverrides } from './config-overrides.js';
import type { ConfigVocabulary, GatewayConfig } from './config-types.js';
import { deepFreeze } from './deep-freeze.js';
import { parseHcl } from './hcl-adapter.js';

export type { ConfigOverrides } from './config-overrides.js';

/** Options for `loadConfig`. */
export interface LoadConfigOptions {
  /** Config file to load; relative paths are taken from `cwd`. */
  readonly path?: string;
  /** Environment for `env()`, `AIGRID_CONFIG` and the `AIGRID_*` overrides; `process.env` by default. */
  readonly env?: NodeJS.ProcessEnv;
  /** Command-line values; they win over the file and the environment. */
  readonly overrides?: ConfigOverrides;
  /** Folder searched for `aigrid.hcl` / `aigrid.json`; `process.cwd()` by default. */
  readonly cwd?: string;
  /** Engine names to check against (the guard's detector ids); checks without one are skipped. */
  readonly vocabulary?: ConfigVocabulary;
}

/** Source name of a config built from defaults only. */
export const DEFAULTS_SOURCE = '<defaults>';

/** Files looked for in the working directory when no path is given, in order. */
export const DEFAULT_CONFIG_FILES = ['aigrid.hcl', 'aigrid.json'] as const;

/**
 * Loads the gateway configuration once, at start. The file is `options.path`, else
 * `$AIGRID_CONFIG`, else `./aigrid.hcl`, else `./aigrid.json`; with none of them the defaults are
 * used (source `<defaults>`, no providers or models). `AIGRID_HOST`, `AIGRID_PORT`,
 * `AIGRID_DATABASE` and `AIGRID_ADMIN_KEY` override the file; `options.overrides` win over both.
 *
 * @returns the validated configuration, deeply frozen.
 * @throws ConfigError listing every problem, each with file, line, column and path where known.
 */
export async function loadConfig(options: LoadConfigOptions = {}): Promise<GatewayConfig> {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const file = await findConfigFile(options.path ?? nonEmpty(env.AIGRID_CONFIG), cwd);
  const config =
    file === undefined
      ? assembleConfig({}, { file: DEFAULTS_SOURCE, json: true, env, vocabulary: options.vocabulary })
      : await parseConfigText(await readFile(resolve(cwd, file), 'utf8'), file, env, options.vocabulary);
  return deepFreeze(applyOverrides(config, env, options.overrides));
}

/**
 * Parses and validates config text, HCL or (for a `.json` file name) JSON, evaluating `env()`
 * against `env` and checking engine names against `vocabulary` where given. Applies no
 * `AIGRID_*` overrides.
 *
 * @returns the configuration, deeply frozen.
 * @throws ConfigError for syntax and validation problems.
 */
export async function parseConfigText(
  text: string,
  filename: string,
  env: NodeJS.ProcessEnv = process.env,
  vocabulary?: ConfigVocabulary,
): Promise<GatewayConfig> {
  const json = filename.toLowerCase().endsWith('.json');
  const document = json ? parseJson(text, filename) : await parseHcl(text, filename);
  return deepFreeze(assembleConfig(document, { file: filename, text, json, env, vocabulary }));
}

/** The file to load: the explicit one (which must exist), else the first default that exists. */
async function findConfigFile(explicit: string | undefined, cwd: string): Promise<string | undefined> {
  if (explicit !== undefined) {
    if (await isFile(resolve(cwd, explicit))) return explicit;
    throw new ConfigError({ file: explicit, path: [], message: 'config file not found' });
  }
  for (const name of DEFAULT_CONFIG_FILES) if (await isFile(resolve(cwd, name))) return name;
  return undefined;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

function parseJson(text: string, filename: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = /position (\d+)/.exec(message)?.[1];
    const at = offset === undefined ? text.length : Number(offset);
    const before = text.slice(0, at);
    const lineAndColumn = /line (\d+) column (\d+)/.exec(message);
    throw new ConfigError({
      file: filename,
      line: lineAndColumn ? Number(lineAndColumn[1]) : before.split('\n').length,
      column: lineAndColumn ? Number(lineAndColumn[2]) : at - before.lastIndexOf('\n'),
      path: [],
      message: `syntax error: ${message.replace(/ in JSON at position \d+.*$/, '')}`,
    });
  }
}
