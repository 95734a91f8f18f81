import { openAuditLog, type AuditEntryInput } from '../audit/index.js';
import { loadConfig } from '../config/load-config.js';
import type { ConfigVocabulary, GatewayConfig } from '../config/config-types.js';
import { SHIPPED_CARDS } from '../catalog/shipped-cards.js';
import { BUILTIN_DETECTOR_IDS } from '../guard/guard.js';
import { openStore, type Store } from '../store/open-store.js';

/** Exit statuses (docs/errors.md): 1 the command ran and failed, 2 the command line is wrong. */
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** An error the CLI prints as one readable line and exits non-zero with. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = EXIT_FAILURE,
  ) {
    super(message);
  }
}

/** A bad argument or flag value: exit status 2, like Commander's own argument errors. */
export class UsageError extends CliError {
  constructor(message: string) {
    super(message, EXIT_USAGE);
  }
}

/** Prints `value` as one JSON line with `--json`, else the text lines `text()` gives. */
export function output(flags: { json?: boolean }, value: unknown, text: () => string): void {
  process.stdout.write(flags.json ? `${JSON.stringify(value)}\n` : `${text()}\n`);
}

export interface ConfigFlags {
  config?: string;
  host?: string;
  port?: string;
  database?: string;
}

/** The engine names a config is checked against (config imports no engine code, so it is handed them). */
export const CONFIG_VOCABULARY: ConfigVocabulary = Object.freeze({ detectors: BUILTIN_DETECTOR_IDS, cards: SHIPPED_CARDS });

/** Loads the config named by the common flags; a bad port flag is a CliError. */
export async function configFromFlags(flags: ConfigFlags): Promise<GatewayConfig> {
  let port: number | undefined;
  if (flags.port !== undefined) {
    port = Number(flags.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be an integer from 0 to 65535, not '${flags.port}'.`);
  }
  return loadConfig({ path: flags.config, overrides: { host: flags.host, port, database: flags.database }, vocabulary: CONFIG_VOCABULARY });
}

/** Formats rows as an aligned plain-text table. */
export function formatTable(headers: string[], rows: string[][]): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd();
  return [line(headers), ...rows.map(line)].join('\n');
}

/** What a command that writes the database gets: the config, the open store and the audit log. */
export interface CliStoreContext {
  readonly config: GatewayConfig;
  readonly store: Store;
  /** Appends to the audit log, opened on first use so that reading needs no signing key. */
  audit(entry: AuditEntryInput): Promise<unknown>;
}

/** Loads the config named by the flags, opens its store for `run`, and closes it after. */
export async function withCliStore<T>(flags: ConfigFlags, run: (context: CliStoreContext) => Promise<T>): Promise<T> {
  const config = await configFromFlags(flags);
  const store = await openStore(config.database);
  try {
    return await run({
      config,
      store,
      audit: async (entry) => (await openAuditLog({ store, dataDir: config.dataDir, env: process.env })).append(entry),
    });
  } finally {
    await store.close();
  }
}
