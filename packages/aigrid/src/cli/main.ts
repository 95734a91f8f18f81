import { createRequire } from 'node:module';
import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config/config-error.js';
import { CliError } from './cli-support.js';
import { registerAudit } from './audit-command.js';
import { registerConfig } from './config-command.js';
import { registerKeys } from './keys-command.js';
import { registerModels } from './models-command.js';
import { registerServe } from './serve-command.js';
import { registerSecrets } from './secrets-command.js';
import { registerUsage } from './usage-command.js';
import { registerGovernance } from './governance-command.js';

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

/** Builds the `aigrid` command tree. */
export function buildProgram(): Command {
  const program = new Command('aigrid')
    .description('aigrid: one OpenAI-compatible endpoint over every model')
    .version(version, '-v, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  program
    .command('version')
    .description('print the version')
    .action(() => void process.stdout.write(`aigrid ${version}\n`));
  registerServe(program);
  registerKeys(program);
  registerConfig(program);
  registerSecrets(program);
  registerUsage(program);
  registerGovernance(program);
  registerModels(program);
  registerAudit(program);
  return program;
}

/** Runs the CLI; every failure is one readable message on stderr and a non-zero exit. */
export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander already printed its message (or the help/version text).
      process.exitCode = error.exitCode;
      return;
    }
    if (error instanceof ConfigError) process.stderr.write(`${error.format().split('\n').map((line) => `aigrid: ${line}`).join('\n')}\n`);
    else if (error instanceof CliError) process.stderr.write(`aigrid: ${error.message}\n`);
    else process.stderr.write(`aigrid: ${(error as Error)?.message ?? String(error)}\n`);
    process.exitCode = error instanceof CliError ? error.exitCode : 1;
  }
}
