import { Option, type Command } from 'commander';
import { NAME_RULES } from '../config/names.js';
import type { GovernanceKind } from '../config/config-types.js';
import { GovernanceAdmin } from '../governance/governance-admin.js';
import { governanceJson } from '../governance/governance-json.js';
import { belongsToTenant, buildGovernanceView } from '../governance/governance-view.js';
import { formatMicros } from '../metering/report-window.js';
import { GridError } from '../spec/grid-error.js';
import { CliError, formatTable, UsageError, withCliStore, type ConfigFlags } from './cli-support.js';

type ListFlags = ConfigFlags & { json?: boolean; tenant?: string };
type Row = Record<string, any>;

/** The flag that sets each attribute, so validation errors name what the user typed. */
const FLAGS: Record<string, string> = {
  display_name: '--display-name',
  allowed_regions: '--regions',
  prices: '--prices',
  scope: '--scope',
  amount: '--amount',
  period: '--period',
  requests_per_minute: '--rpm',
  tokens_per_minute: '--tpm',
  concurrent: '--concurrent',
};

type ChangeFlags = ConfigFlags & { json?: boolean };

/**
 * Runs a change through GovernanceAdmin (validated like aigrid.hcl, audited as `cli`), then prints
 * `text`, or with `--json` the object as the admin API shows it (`{ name, deleted }` once deleted).
 */
async function change(kind: GovernanceKind, name: string, flags: ChangeFlags, work: (admin: GovernanceAdmin) => Promise<unknown>, text: () => string): Promise<void> {
  await withCliStore(flags, async ({ config, store, audit }) => {
    const admin = new GovernanceAdmin({ config, repository: store.governance, keys: store.keys, actor: 'cli', audit });
    try {
      await work(admin);
    } catch (error) {
      if (!(error instanceof GridError)) throw error;
      const flag = error.param && Object.hasOwn(FLAGS, error.param) ? FLAGS[error.param] : undefined;
      throw new CliError(flag ? error.message.replace(`'${error.param}'`, flag) : error.message);
    }
    if (!flags.json) return void process.stdout.write(`${text()}\n`);
    const view = await admin.view();
    const entry = view.entry(kind, name);
    const item = entry ? (await governanceJson(kind, [entry], view, store.db))[0] : { object: kind, name, deleted: true };
    process.stdout.write(`${JSON.stringify(item)}\n`);
  });
}

const jsonFlag = (command: Command) => command.option('--json', 'print JSON (as the admin API shows it)');

/** Lists one kind from aigrid.hcl and the database, as a table or (`--json`) as the admin API shows it. */
async function list(kind: GovernanceKind, flags: ListFlags, headers: string[], row: (item: Row) => string[]): Promise<void> {
  await withCliStore(flags, async ({ config, store }) => {
    const view = buildGovernanceView(config, await store.governance.load());
    const entries = view.entries(kind).filter((entry) => !flags.tenant || belongsToTenant(entry.value, flags.tenant));
    const items = (await governanceJson(kind, entries, view, store.db)) as Row[];
    if (flags.json) return void process.stdout.write(`${JSON.stringify(items)}\n`);
    process.stdout.write(`${formatTable([...headers, 'SOURCE'], items.map((item) => [...row(item), item.source]))}\n`);
  });
}

/** A number flag: a number when it reads as one (`none` clears it in an update); else left for validation to refuse. */
function numberFlag(value: string | undefined): unknown {
  if (value === undefined) return undefined;
  if (value === 'none') return null;
  return value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : value;
}

/** Attributes from flags, leaving out those not given (so an update changes only what was given). */
const given = (attributes: Record<string, unknown>) => Object.fromEntries(Object.entries(attributes).filter(([, value]) => value !== undefined));

const dash = (value: unknown) => (value === undefined || value === null ? '-' : String(value));

const withConfig = (command: Command) => command.option('-c, --config <file>', 'config file').option('--database <url>', 'database URL (overrides the config)');
const listCommand = (parent: Command, what: string) =>
  withConfig(parent.command('list').description(`list ${what} from aigrid.hcl and those managed here`))
    .option('--tenant <tenant>', 'only this tenant’s')
    .option('--json', 'print JSON (as the admin API shows it)');

/**
 * `aigrid tenants|projects|budgets|limits`: list what aigrid.hcl declares together with what is
 * managed through the admin API or here, and create, change or delete the managed ones. Changes
 * write the database directly; running gateways pick them up within `governance_refresh_ms`.
 */
export function registerGovernance(program: Command): void {
  const tenants = program.command('tenants').description('tenants: aigrid.hcl ones are read-only, others are managed here');
  listCommand(tenants, 'tenants').action((flags: ListFlags) =>
    list('tenant', flags, ['TENANT', 'REGIONS', 'PROJECTS'], (item) => [item.name, item.allowed_regions?.join(',') ?? '*', item.projects.join(',') || '-']),
  );
  jsonFlag(withConfig(tenants.command('create').description('create a tenant').argument('<name>', NAME_RULES.tenant.rule)))
    .option('--display-name <text>', 'a readable name')
    .option('--regions <list>', 'comma-separated regions every request of the tenant must stay in')
    .option('--prices <json>', 'negotiated prices by catalog card, USD per million tokens: {"openai/gpt-4o": {"input": 2, "output": 8}}')
    .action(async (name: string, flags: ChangeFlags & { displayName?: string; regions?: string; prices?: string }) => {
      const prices = flags.prices === undefined ? undefined : parseJson(flags.prices, '--prices');
      const regions = flags.regions?.split(',').map((region) => region.trim()).filter(Boolean);
      await change('tenant', name, flags, (admin) => admin.create('tenant', name, given({ display_name: flags.displayName, allowed_regions: regions, prices })), () => `Created tenant ${name}.`);
    });
  deleteCommand(tenants, 'tenant');

  const projects = program.command('projects').description('projects within tenants: aigrid.hcl ones are read-only, others are managed here');
  listCommand(projects, 'projects').action((flags: ListFlags) => list('project', flags, ['PROJECT', 'TENANT'], (item) => [item.name, item.tenant]));
  jsonFlag(withConfig(projects.command('create').description('create a project').argument('<name>', NAME_RULES.project.rule)))
    .action(async (name: string, flags: ChangeFlags) => {
      await change('project', name, flags, (admin) => admin.create('project', name, {}), () => `Created project ${name}.`);
    });
  deleteCommand(projects, 'project');

  const budgets = program.command('budgets').description('money budgets: aigrid.hcl ones are read-only, others are managed here');
  listCommand(budgets, 'budgets with spend in their current period').action((flags: ListFlags) =>
    list('budget', flags, ['BUDGET', 'SCOPE', 'PERIOD', 'KIND', 'AMOUNT', 'SPENT', 'REMAINING'], (item) => [
      item.name,
      item.scope,
      `${item.period} (${item.period_id})`,
      item.hard ? 'hard' : 'soft',
      formatMicros(item.amount_micros),
      formatMicros(item.spent_micros),
      formatMicros(item.remaining_micros),
    ]),
  );
  jsonFlag(withConfig(budgets.command('set').description('create a budget, or change the given settings of one managed here').argument('<name>', `budget name: ${NAME_RULES.budget.rule}`)))
    .option('--scope <scope>', 'tenant:<t>, project:<t>/<p>, key:<id>, model:<name> or tenant:<t>/model:<name>')
    .option('--amount <usd>', 'USD per period, e.g. 500.00')
    .option('--period <period>', 'day, week, month (default) or total')
    .option('--hard', 'refuse requests once spent (the default)')
    .addOption(new Option('--soft', 'serve and flag requests once spent').conflicts('hard'))
    .action(async (name: string, flags: ChangeFlags & { scope?: string; amount?: string; period?: string; hard?: boolean; soft?: boolean }) => {
      const hard = flags.hard ? true : flags.soft ? false : undefined;
      let created = false;
      const work = async (admin: GovernanceAdmin) => ({ created } = await admin.set('budget', name, given({ scope: flags.scope, amount: numberFlag(flags.amount), period: flags.period, hard })));
      await change('budget', name, flags, work, () => `${created ? 'Created' : 'Updated'} budget ${name}.`);
    });
  deleteCommand(budgets, 'budget');

  const limits = program.command('limits').description('rate and concurrency limits: aigrid.hcl ones are read-only, others are managed here');
  listCommand(limits, 'rate and concurrency limits').action((flags: ListFlags) =>
    list('limit', flags, ['LIMIT', 'SCOPE', 'REQUESTS/MIN', 'TOKENS/MIN', 'CONCURRENT'], (item) => [item.name, item.scope, dash(item.requests_per_minute), dash(item.tokens_per_minute), dash(item.concurrent)]),
  );
  jsonFlag(withConfig(limits.command('set').description('create a limit, or change the given settings of one managed here').argument('<name>', `limit name: ${NAME_RULES.limit.rule}`)))
    .option('--scope <scope>', 'tenant:<t>, project:<t>/<p>, key:<id>, model:<name> or tenant:<t>/model:<name>')
    .option('--rpm <n>', 'requests per minute (none: remove)')
    .option('--tpm <n>', 'tokens per minute (none: remove)')
    .option('--concurrent <n>', 'requests in flight at once (none: remove)')
    .action(async (name: string, flags: ChangeFlags & { scope?: string; rpm?: string; tpm?: string; concurrent?: string }) => {
      const attributes = given({ scope: flags.scope, requests_per_minute: numberFlag(flags.rpm), tokens_per_minute: numberFlag(flags.tpm), concurrent: numberFlag(flags.concurrent) });
      let created = false;
      await change('limit', name, flags, async (admin) => ({ created } = await admin.set('limit', name, attributes)), () => `${created ? 'Created' : 'Updated'} limit ${name}.`);
    });
  deleteCommand(limits, 'limit');
}

function deleteCommand(parent: Command, kind: GovernanceKind): void {
  jsonFlag(withConfig(parent.command('delete').description(`delete a ${kind} managed here (not one from aigrid.hcl)`).argument('<name>', `${kind} name`))).action(async (name: string, flags: ChangeFlags) => {
    await change(kind, name, flags, (admin) => admin.remove(kind, name), () => `Deleted ${kind} ${name}.`);
  });
}

function parseJson(text: string, flag: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${flag} must be JSON: ${(error as Error).message}`);
  }
}
