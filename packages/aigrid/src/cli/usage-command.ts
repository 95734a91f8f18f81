import { Option, type Command } from 'commander';
import { buildGovernanceView } from '../governance/governance-view.js';
import { formatMicros, microsToUsd, parseSince } from '../metering/report-window.js';
import { usageRowJson } from '../server/admin-json.js';
import { REPORT_DIMENSIONS, usageReport, type ReportDimension } from '../metering/usage-report.js';
import { CliError, formatTable, UsageError, withCliStore, type ConfigFlags } from './cli-support.js';

const csvCell = (value: unknown) => (/[",\n]/.test(String(value)) ? `"${String(value).replaceAll('"', '""')}"` : String(value ?? ''));

type UsageFlags = ConfigFlags & { tenant: string; by: string; since: string; csv?: boolean; json?: boolean };

/** `aigrid usage --tenant acme --by model --since 7d [--csv|--json]`. */
export function registerUsage(program: Command): void {
  program
    .command('usage')
    .description("a tenant's usage and cost from the ledger")
    .requiredOption('--tenant <tenant>', 'tenant to report on')
    .option('--by <dimension>', `group by ${REPORT_DIMENSIONS.join(', ')}`, 'model')
    .option('--since <when>', 'start: 7d, 24h, 30m or an ISO date', '30d')
    .addOption(new Option('--csv', 'print CSV').conflicts('json'))
    .option('--json', 'print JSON')
    .option('-c, --config <file>', 'config file')
    .option('--database <url>', 'database URL (overrides the config)')
    .action(async (flags: UsageFlags) => {
      if (!REPORT_DIMENSIONS.includes(flags.by as ReportDimension)) throw new UsageError(`--by must be one of ${REPORT_DIMENSIONS.join(', ')}, not '${flags.by}'.`);
      const since = parseSince(flags.since);
      if (since === undefined) throw new UsageError(`--since must look like 7d, 24h, 30m or an ISO date, not '${flags.since}'.`);
      await withCliStore(flags, async ({ config, store }) => {
        await assertTenantKnown(flags.tenant, Object.keys(buildGovernanceView(config, await store.governance.load()).tenants), store);
        const rows = await usageReport(store.db, { tenant: flags.tenant, by: flags.by as ReportDimension, since, until: Date.now() + 1 });
        if (flags.json) return void process.stdout.write(`${JSON.stringify(rows.map(usageRowJson))}\n`);
        const headers = [flags.by.toUpperCase(), 'REQUESTS', 'INPUT TOKENS', 'OUTPUT TOKENS', 'COST', 'ESTIMATED'];
        // CSV cells are plain numbers (cost in decimal USD) so spreadsheets read them as numbers.
        const cost = (micros: number) => (flags.csv ? String(microsToUsd(micros)) : formatMicros(micros));
        const table = rows.map((row) => [String(row.group ?? (flags.csv ? '' : '-')), String(row.requests), String(row.inputTokens), String(row.outputTokens), cost(row.costMicros), String(row.estimatedRequests)]);
        if (flags.csv) return void process.stdout.write(`${[headers.map((header) => (header === 'COST' ? 'COST_USD' : header)), ...table].map((line) => line.map(csvCell).join(',')).join('\n')}\n`);
        process.stdout.write(`${formatTable(headers, table)}\n`);
      });
    });
}

/**
 * A tenant is known when aigrid.hcl or the database declares it, or a key (even revoked) belongs
 * to it: keys made before tenants had to exist still have usage to report.
 */
async function assertTenantKnown(tenant: string, declared: string[], store: { keys: { list(filter: { tenant: string; includeRevoked: boolean }): Promise<unknown[]> } }): Promise<void> {
  if (declared.includes(tenant)) return;
  if ((await store.keys.list({ tenant, includeRevoked: true })).length > 0) return;
  const known = declared.length ? `Known tenants: ${declared.join(', ')}.` : 'No tenants are declared.';
  throw new CliError(`No tenant '${tenant}'. ${known}`);
}
