import type { Command } from 'commander';
import { formatConfigIssue } from '../config/config-error.js';
import { configFromFlags, type ConfigFlags } from './cli-support.js';

/**
 * `aigrid config check`: validates the config and summarises it. Errors (a policy the gateway
 * cannot enforce among them) exit non-zero; warnings are printed to stderr and exit 0.
 */
export function registerConfig(program: Command): void {
  const config = program.command('config').description('work with aigrid.hcl');
  config
    .command('check')
    .description('validate the config file and print a summary')
    .option('-c, --config <file>', 'config file')
    .action(async (flags: ConfigFlags) => {
      const loaded = await configFromFlags(flags);
      const providers = Object.keys(loaded.providers);
      const models = Object.values(loaded.models);
      process.stdout.write(`${loaded.source}: OK\n`);
      process.stdout.write(`  listen    ${loaded.server.host}:${loaded.server.port}\n`);
      process.stdout.write(`  database  ${loaded.database.replace(/\/\/[^@/]*@/, '//***@')}\n`);
      process.stdout.write(`  admin     ${loaded.server.adminKey ? 'admin key set' : 'no admin key (admin routes disabled)'}\n`);
      process.stdout.write(`  providers ${providers.length ? providers.join(', ') : '(none)'}\n`);
      for (const model of models) process.stdout.write(`  model     ${model.name} -> ${model.provider}/${model.upstreamModel}\n`);
      for (const policy of Object.values(loaded.policies)) {
        process.stdout.write(`  policy    ${policy.name}: ${policy.onSensitive} on ${policy.routes ? policy.routes.join(', ') : 'every route'}${policy.tenants ? ` for ${policy.tenants.join(', ')}` : ''}\n`);
      }
      for (const warning of loaded.warnings ?? []) process.stderr.write(`aigrid: warning: ${formatConfigIssue(warning)}\n`);
    });
}
