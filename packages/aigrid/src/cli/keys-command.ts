import type { Command } from 'commander';
import { buildGovernanceView } from '../governance/governance-view.js';
import { CliError, formatTable, withCliStore, type CliStoreContext, type ConfigFlags } from './cli-support.js';

/** Models and routes keys may name, and projects from aigrid.hcl or managed ones. */
async function keyTargets({ config, store }: CliStoreContext) {
  const view = buildGovernanceView(config, await store.governance.load());
  return { models: [...Object.keys(config.models), ...Object.keys(config.routes)], projects: Object.keys(view.projects) };
}

const configOptions = (command: Command) =>
  command.option('-c, --config <file>', 'config file').option('--database <url>', 'database URL (overrides the config)');

/** `aigrid keys create|list|revoke`: virtual API keys, stored hashed. */
export function registerKeys(program: Command): void {
  const keys = program.command('keys').description('create, list and revoke virtual API keys');

  configOptions(keys.command('create').description('create a key; its secret is printed once'))
    .requiredOption('--name <name>', 'a name to recognise the key by')
    .option('--tenant <tenant>', 'tenant the key belongs to', 'default')
    .option('--project <project>', 'project within the tenant (from aigrid.hcl or `aigrid projects create`)')
    .option('--models <list>', 'comma-separated models the key may use (default: all)')
    .option('--json', 'print JSON')
    .action(async (flags: ConfigFlags & { name: string; tenant: string; project?: string; models?: string; json?: boolean }) => {
      const models = flags.models?.split(',').map((model) => model.trim()).filter(Boolean);
      if (flags.models !== undefined && !models?.length) throw new CliError('--models needs at least one model name.');
      await withCliStore(flags, async (context) => {
        const { store, audit } = context;
        const { models: known, projects } = await keyTargets(context);
        const unknown = models?.find((model) => !known.includes(model));
        if (unknown) throw new CliError(`Unknown model '${unknown}'. Configured models: ${known.join(', ') || '(none)'}.`);
        const project = flags.project ? `${flags.tenant}/${flags.project.replace(new RegExp(`^${flags.tenant}/`), '')}` : null;
        if (project && !projects.includes(project)) throw new CliError(`Unknown project '${project}'. Known projects: ${projects.join(', ') || '(none)'}.`);
        const { record, secret } = await store.keys.create({ name: flags.name, tenant: flags.tenant, project, models: models ?? null });
        await audit({ actor: 'cli', action: 'key.create', target: record.id, details: { tenant: record.tenant, project: record.project, name: record.name, prefix: record.prefix, models: record.models } });
        if (flags.json) return void process.stdout.write(`${JSON.stringify({ ...record, secret })}\n`);
        process.stdout.write(`Created key ${record.id} (${record.name}, tenant ${record.tenant}).\n`);
        process.stdout.write(`Secret (shown once, store it now):\n${secret}\n`);
      });
    });

  configOptions(keys.command('list').description('list keys (secrets are never shown)'))
    .option('--tenant <tenant>', 'only this tenant')
    .option('--all', 'include revoked keys')
    .option('--json', 'print JSON')
    .action(async (flags: ConfigFlags & { tenant?: string; all?: boolean; json?: boolean }) => {
      await withCliStore(flags, async ({ store }) => {
        const records = await store.keys.list({ tenant: flags.tenant, includeRevoked: flags.all === true });
        if (flags.json) return void process.stdout.write(`${JSON.stringify(records)}\n`);
        const rows = records.map((key) => [key.id, key.name, key.tenant, `${key.prefix}…`, key.models?.join(',') ?? '*', key.createdAt, key.revokedAt ?? '']);
        process.stdout.write(`${formatTable(['ID', 'NAME', 'TENANT', 'PREFIX', 'MODELS', 'CREATED', 'REVOKED'], rows)}\n`);
      });
    });

  configOptions(keys.command('revoke').description('revoke a key by id or prefix').argument('<id>', 'key id or secret prefix'))
    .action(async (id: string, flags: ConfigFlags) => {
      await withCliStore(flags, async ({ store, audit }) => {
        const record = await store.keys.revoke(id);
        if (!record) throw new CliError(`No key with id or prefix '${id}'.`);
        await audit({ actor: 'cli', action: 'key.revoke', target: record.id, details: { tenant: record.tenant, prefix: record.prefix } });
        process.stdout.write(`Revoked ${record.id} (${record.name}).\n`);
      });
    });
}
