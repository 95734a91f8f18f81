import type { Command } from 'commander';
import { openAuditLog, type AuditEntryInput } from '../audit/index.js';
import { openStore, type Store } from '../store/open-store.js';
import { CliError, configFromFlags, formatTable, type ConfigFlags } from './cli-support.js';

interface KeyContext {
  readonly models: readonly string[];
  readonly projects: readonly string[];
  /** Appends to the audit log (opened on first use, so listing keys needs no signing key). */
  audit(action: 'key.create' | 'key.revoke', target: string, details: AuditEntryInput['details']): Promise<void>;
}

async function withStore<T>(flags: ConfigFlags, run: (store: Store, context: KeyContext) => Promise<T>): Promise<T> {
  const config = await configFromFlags(flags);
  const store = await openStore(config.database);
  try {
    return await run(store, {
      models: [...Object.keys(config.models), ...Object.keys(config.routes)],
      projects: Object.keys(config.projects),
      audit: async (action, target, details) => {
        const log = await openAuditLog({ store, dataDir: config.dataDir, env: process.env });
        await log.append({ actor: 'cli', action, target, details });
      },
    });
  } finally {
    await store.close();
  }
}

const configOptions = (command: Command) =>
  command.option('-c, --config <file>', 'config file').option('--database <url>', 'database URL (overrides the config)');

/** `aigrid keys create|list|revoke`: virtual API keys, stored hashed. */
export function registerKeys(program: Command): void {
  const keys = program.command('keys').description('create, list and revoke virtual API keys');

  configOptions(keys.command('create').description('create a key; its secret is printed once'))
    .requiredOption('--name <name>', 'a name to recognise the key by')
    .option('--tenant <tenant>', 'tenant the key belongs to', 'default')
    .option('--project <project>', 'project within the tenant (declared as project "<tenant>/<project>")')
    .option('--models <list>', 'comma-separated models the key may use (default: all)')
    .option('--json', 'print JSON')
    .action(async (flags: ConfigFlags & { name: string; tenant: string; project?: string; models?: string; json?: boolean }) => {
      const models = flags.models?.split(',').map((model) => model.trim()).filter(Boolean);
      if (flags.models !== undefined && !models?.length) throw new CliError('--models needs at least one model name.');
      await withStore(flags, async (store, { models: known, projects, audit }) => {
        const unknown = models?.find((model) => !known.includes(model));
        if (unknown) throw new CliError(`Unknown model '${unknown}'. Configured models: ${known.join(', ') || '(none)'}.`);
        const project = flags.project ? `${flags.tenant}/${flags.project.replace(new RegExp(`^${flags.tenant}/`), '')}` : null;
        if (project && !projects.includes(project)) throw new CliError(`Unknown project '${project}'. Declared projects: ${projects.join(', ') || '(none)'}.`);
        const { record, secret } = await store.keys.create({ name: flags.name, tenant: flags.tenant, project, models: models ?? null });
        await audit('key.create', record.id, { tenant: record.tenant, project: record.project, name: record.name, prefix: record.prefix, models: record.models });
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
      await withStore(flags, async (store) => {
        const records = await store.keys.list({ tenant: flags.tenant, includeRevoked: flags.all === true });
        if (flags.json) return void process.stdout.write(`${JSON.stringify(records)}\n`);
        const rows = records.map((key) => [key.id, key.name, key.tenant, `${key.prefix}…`, key.models?.join(',') ?? '*', key.createdAt, key.revokedAt ?? '']);
        process.stdout.write(`${formatTable(['ID', 'NAME', 'TENANT', 'PREFIX', 'MODELS', 'CREATED', 'REVOKED'], rows)}\n`);
      });
    });

  configOptions(keys.command('revoke').description('revoke a key by id or prefix').argument('<id>', 'key id or secret prefix'))
    .action(async (id: string, flags: ConfigFlags) => {
      await withStore(flags, async (store, { audit }) => {
        const record = await store.keys.revoke(id);
        if (!record) throw new CliError(`No key with id or prefix '${id}'.`);
        await audit('key.revoke', record.id, { tenant: record.tenant, prefix: record.prefix });
        process.stdout.write(`Revoked ${record.id} (${record.name}).\n`);
      });
    });
}
