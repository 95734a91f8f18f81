import type { Command } from 'commander';
import { GovernanceAdmin } from '../governance/governance-admin.js';
import { buildGovernanceView } from '../governance/governance-view.js';
import { checkKeyOwner } from '../governance/key-owner.js';
import { keyJson } from '../server/admin-json.js';
import { CliError, formatTable, output, UsageError, withCliStore, type ConfigFlags } from './cli-support.js';

const configOptions = (command: Command) =>
  command.option('-c, --config <file>', 'config file').option('--database <url>', 'database URL (overrides the config)');

type CreateFlags = ConfigFlags & { name: string; tenant: string; project?: string; models?: string; createTenant?: boolean; json?: boolean };

/** `aigrid keys create|list|revoke`: virtual API keys, stored hashed. */
export function registerKeys(program: Command): void {
  const keys = program.command('keys').description('create, list and revoke virtual API keys');

  configOptions(keys.command('create').description('create a key; its secret is printed once'))
    .requiredOption('--name <name>', 'a name to recognise the key by: letters, digits, ., - and _')
    .option('--tenant <tenant>', 'tenant the key belongs to (it must exist, or add --create-tenant)', 'default')
    .option('--create-tenant', 'create the tenant too if it does not exist')
    .option('--project <project>', 'project within the tenant (from aigrid.hcl or `aigrid projects create`)')
    .option('--models <list>', 'comma-separated models the key may use (default: all)')
    .option('--json', 'print JSON')
    .action(async (flags: CreateFlags) => {
      const models = flags.models?.split(',').map((model) => model.trim()).filter(Boolean);
      if (flags.models !== undefined && !models?.length) throw new UsageError('--models needs at least one model name.');
      // `--project api` and `--project acme/api` both name acme's project api.
      const project = flags.project === undefined ? null : flags.project.startsWith(`${flags.tenant}/`) ? flags.project : `${flags.tenant}/${flags.project}`;
      await withCliStore(flags, async ({ config, store, audit }) => {
        const known = [...Object.keys(config.models), ...Object.keys(config.routes)];
        const unknown = models?.find((model) => !known.includes(model));
        if (unknown) throw new CliError(`Unknown model '${unknown}'. Configured models: ${known.join(', ') || '(none)'}.`);
        const view = buildGovernanceView(config, await store.governance.load());
        // Refusals are GridErrors, printed as their message (exit 1).
        const { createTenant } = checkKeyOwner(view, { name: flags.name, tenant: flags.tenant, project, createTenant: flags.createTenant }, { createTenant: 'add --create-tenant' });
        if (createTenant) await new GovernanceAdmin({ config, repository: store.governance, keys: store.keys, actor: 'cli', audit }).create('tenant', flags.tenant, {});
        const { record, secret } = await store.keys.create({ name: flags.name, tenant: flags.tenant, project, models: models ?? null });
        await audit({ actor: 'cli', action: 'key.create', target: record.id, details: { tenant: record.tenant, project: record.project, name: record.name, prefix: record.prefix, models: record.models } });
        output(flags, { ...keyJson(record), secret }, () =>
          [`Created key ${record.id} (${record.name}, tenant ${record.tenant}).`, 'Secret (shown once, store it now):', secret].join('\n'),
        );
      });
    });

  configOptions(keys.command('list').description('list keys (secrets are never shown)'))
    .option('--tenant <tenant>', 'only this tenant')
    .option('--all', 'include revoked keys')
    .option('--json', 'print JSON')
    .action(async (flags: ConfigFlags & { tenant?: string; all?: boolean; json?: boolean }) => {
      await withCliStore(flags, async ({ store }) => {
        const records = await store.keys.list({ tenant: flags.tenant, includeRevoked: flags.all === true });
        const rows = records.map((key) => [key.id, key.name, key.tenant, `${key.prefix}…`, key.models?.join(',') ?? '*', key.createdAt, key.revokedAt ?? '']);
        output(flags, records.map(keyJson), () => formatTable(['ID', 'NAME', 'TENANT', 'PREFIX', 'MODELS', 'CREATED', 'REVOKED'], rows));
      });
    });

  configOptions(keys.command('revoke').description('revoke a key by id or prefix').argument('<id>', 'key id or secret prefix'))
    .option('--json', 'print JSON')
    .action(async (id: string, flags: ConfigFlags & { json?: boolean }) => {
      await withCliStore(flags, async ({ store, audit }) => {
        const record = await store.keys.revoke(id);
        if (!record) throw new CliError(`No key with id or prefix '${id}'.`);
        await audit({ actor: 'cli', action: 'key.revoke', target: record.id, details: { tenant: record.tenant, prefix: record.prefix } });
        output(flags, keyJson(record), () => `Revoked ${record.id} (${record.name}).`);
      });
    });
}
