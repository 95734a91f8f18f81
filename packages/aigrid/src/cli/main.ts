import { createRequire } from 'node:module';
import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config/config-error.js';
import { CliError, EXIT_FAILURE, EXIT_USAGE, output } from './cli-support.js';
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
    // Commander's own error text (and the help it shows for a missing sub-command) is replaced by
    // the one `aigrid: …` line `main` prints. Set before any sub-command: they copy it.
    .configureOutput({ outputError: () => {}, writeErr: () => {} })
    .exitOverride();
  program
    .command('version')
    .description('print the version')
    .option('--json', 'print JSON')
    .action((flags: { json?: boolean }) => output(flags, { version }, () => `aigrid ${version}`));
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

/** Runs the CLI; every failure is one readable message on stderr and a non-zero exit (docs/errors.md). */
export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version were printed to stdout and exit 0; anything else is a command-line error.
      if (error.exitCode === 0) return;
      process.stderr.write(`aigrid: ${commanderMessage(error, program, argv.slice(2))}\n`);
      process.exitCode = EXIT_USAGE;
      return;
    }
    if (error instanceof ConfigError) process.stderr.write(`${error.format().split('\n').map((line) => `aigrid: ${line}`).join('\n')}\n`);
    else process.stderr.write(`aigrid: ${(error as Error)?.message ?? String(error)}\n`);
    process.exitCode = error instanceof CliError ? error.exitCode : EXIT_FAILURE;
  }
}

/** Commander's message on one line, pointing at the help of the command that was run. */
function commanderMessage(error: CommanderError, program: Command, args: string[]): string {
  const command = commandOf(program, args);
  const path = commandPath(command);
  if (error.code === 'commander.help') {
    return `'${path}' needs a command: ${command.commands.map((sub) => sub.name()).join(', ')} (run \`${path} --help\`)`;
  }
  const text = error.message
    .replace(/^error: /, '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => line.replace(/^\(Did you mean/, '(did you mean'))
    .join(' ');
  return `${text} (run \`${path} --help\`)`;
}

/** The deepest command the leading words of `args` name. */
function commandOf(program: Command, args: string[]): Command {
  let command = program;
  for (const word of args) {
    const next = command.commands.find((sub) => sub.name() === word || sub.aliases().includes(word));
    if (!next) break;
    command = next;
  }
  return command;
}

function commandPath(command: Command): string {
  const names: string[] = [];
  for (let at: Command | null = command; at; at = at.parent) names.unshift(at.name());
  return names.join(' ');
}
