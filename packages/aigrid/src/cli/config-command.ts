import type { Command } from 'commander';
import { formatConfigIssue } from '../config/config-error.js';
import type { GatewayConfig } from '../config/config-types.js';
import { configFromFlags, output, type ConfigFlags } from './cli-support.js';

/** The summary `config check --json` prints (snake_case, like the API). */
function summary(loaded: GatewayConfig) {
  return {
    source: loaded.source,
    ok: true,
    listen: { host: loaded.server.host, port: loaded.server.port },
    database: loaded.database.replace(/\/\/[^@/]*@/, '//***@'),
    data_dir: loaded.dataDir,
    admin_key_set: Boolean(loaded.server.adminKey),
    providers: Object.keys(loaded.providers),
    models: Object.values(loaded.models).map((model) => ({ name: model.name, provider: model.provider, upstream_model: model.upstreamModel })),
    policies: Object.values(loaded.policies).map((policy) => ({ name: policy.name, on_sensitive: policy.onSensitive, routes: policy.routes ?? null, tenants: policy.tenants ?? null })),
    warnings: (loaded.warnings ?? []).map(formatConfigIssue),
  };
}

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
    .option('--json', 'print JSON')
    .action(async (flags: ConfigFlags & { json?: boolean }) => {
      const loaded = await configFromFlags(flags);
      const facts = summary(loaded);
      output(flags, facts, () =>
        [
          `${loaded.source}: OK`,
          `  listen    ${facts.listen.host}:${facts.listen.port}`,
          `  database  ${facts.database}`,
          `  admin     ${facts.admin_key_set ? 'admin key set' : 'no admin key (admin routes disabled)'}`,
          `  providers ${facts.providers.length ? facts.providers.join(', ') : '(none)'}`,
          ...facts.models.map((model) => `  model     ${model.name} -> ${model.provider}/${model.upstream_model}`),
          ...facts.policies.map((policy) => `  policy    ${policy.name}: ${policy.on_sensitive} on ${policy.routes ? policy.routes.join(', ') : 'every route'}${policy.tenants ? ` for ${policy.tenants.join(', ')}` : ''}`),
        ].join('\n'),
      );
      for (const warning of facts.warnings) process.stderr.write(`aigrid: warning: ${warning}\n`);
    });
}
