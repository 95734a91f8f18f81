import type { Command } from 'commander';
import { budgetStatuses } from '../metering/budget-status.js';
import { formatMicros } from '../metering/report-window.js';
import { openStore } from '../store/open-store.js';
import { configFromFlags, formatTable, type ConfigFlags } from './cli-support.js';

const dash = (value: unknown) => (value === undefined || value === null ? '-' : String(value));

/** `aigrid tenants|budgets|limits list`: what aigrid.hcl declares, with budgets' current spend. */
export function registerGovernance(program: Command): void {
  const withFlags = (command: Command) => command.option('-c, --config <file>', 'config file').option('--json', 'print JSON');

  withFlags(program.command('tenants').description('tenants declared in aigrid.hcl').command('list').description('list tenants and their projects'))
    .action(async (flags: ConfigFlags & { json?: boolean }) => {
      const config = await configFromFlags(flags);
      const rows = Object.values(config.tenants).map((tenant) => ({
        name: tenant.name,
        regions: tenant.allowedRegions ?? null,
        projects: Object.values(config.projects).filter((project) => project.tenant === tenant.name).map((project) => project.name),
      }));
      if (flags.json) return void process.stdout.write(`${JSON.stringify(rows)}\n`);
      process.stdout.write(`${formatTable(['TENANT', 'REGIONS', 'PROJECTS'], rows.map((row) => [row.name, row.regions?.join(',') ?? '*', row.projects.join(',') || '-']))}\n`);
    });

  withFlags(program.command('budgets').description('budgets declared in aigrid.hcl').command('list').description('list budgets with spend in their current period'))
    .option('--database <url>', 'database URL (overrides the config)')
    .action(async (flags: ConfigFlags & { json?: boolean }) => {
      const config = await configFromFlags(flags);
      const store = await openStore(config.database);
      try {
        const statuses = await budgetStatuses(store.db, Object.values(config.budgets));
        if (flags.json) return void process.stdout.write(`${JSON.stringify(statuses)}\n`);
        const rows = statuses.map((status) => [status.name, status.scope, `${status.period} (${status.periodId})`, status.hard ? 'hard' : 'soft', formatMicros(status.amountMicros), formatMicros(status.spentMicros), formatMicros(status.remainingMicros)]);
        process.stdout.write(`${formatTable(['BUDGET', 'SCOPE', 'PERIOD', 'KIND', 'AMOUNT', 'SPENT', 'REMAINING'], rows)}\n`);
      } finally {
        await store.close();
      }
    });

  withFlags(program.command('limits').description('rate limits declared in aigrid.hcl').command('list').description('list rate and concurrency limits'))
    .action(async (flags: ConfigFlags & { json?: boolean }) => {
      const config = await configFromFlags(flags);
      const limits = Object.values(config.limits);
      if (flags.json) return void process.stdout.write(`${JSON.stringify(limits)}\n`);
      const rows = limits.map((limit) => [limit.name, limit.scope, dash(limit.requestsPerMinute), dash(limit.tokensPerMinute), dash(limit.concurrent)]);
      process.stdout.write(`${formatTable(['LIMIT', 'SCOPE', 'REQUESTS/MIN', 'TOKENS/MIN', 'CONCURRENT'], rows)}\n`);
    });
}
