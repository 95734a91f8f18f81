import type { Command } from 'commander';
import { formatMicros, parseSince } from '../metering/report-window.js';
import { REPORT_DIMENSIONS, usageReport, type ReportDimension } from '../metering/usage-report.js';
import { openStore } from '../store/open-store.js';
import { CliError, configFromFlags, formatTable, type ConfigFlags } from './cli-support.js';

const csvCell = (value: unknown) => (/[",\n]/.test(String(value)) ? `"${String(value).replaceAll('"', '""')}"` : String(value ?? ''));

/** `aigrid usage --tenant acme --by model --since 7d [--csv|--json]`. */
export function registerUsage(program: Command): void {
  program
    .command('usage')
    .description("a tenant's usage and cost from the ledger")
    .requiredOption('--tenant <tenant>', 'tenant to report on')
    .option('--by <dimension>', `group by ${REPORT_DIMENSIONS.join(', ')}`, 'model')
    .option('--since <when>', 'start: 7d, 24h, 30m or an ISO date', '30d')
    .option('--csv', 'print CSV')
    .option('--json', 'print JSON')
    .option('-c, --config <file>', 'config file')
    .option('--database <url>', 'database URL (overrides the config)')
    .action(async (flags: ConfigFlags & { tenant: string; by: string; since: string; csv?: boolean; json?: boolean }) => {
      if (!REPORT_DIMENSIONS.includes(flags.by as ReportDimension)) throw new CliError(`--by must be one of ${REPORT_DIMENSIONS.join(', ')}.`);
      const since = parseSince(flags.since);
      if (since === undefined) throw new CliError(`--since must look like 7d, 24h, 30m or an ISO date, not '${flags.since}'.`);
      const config = await configFromFlags(flags);
      const store = await openStore(config.database);
      try {
        const rows = await usageReport(store.db, { tenant: flags.tenant, by: flags.by as ReportDimension, since, until: Date.now() + 1 });
        if (flags.json) return void process.stdout.write(`${JSON.stringify(rows)}\n`);
        const headers = [flags.by.toUpperCase(), 'REQUESTS', 'INPUT TOKENS', 'OUTPUT TOKENS', 'COST', 'ESTIMATED'];
        const table = rows.map((row) => [String(row.group ?? '-'), String(row.requests), String(row.inputTokens), String(row.outputTokens), formatMicros(row.costMicros), String(row.estimatedRequests)]);
        if (flags.csv) {
          process.stdout.write(`${[headers, ...table].map((line) => line.map(csvCell).join(',')).join('\n')}\n`);
          return;
        }
        process.stdout.write(`${formatTable(headers, table)}\n`);
      } finally {
        await store.close();
      }
    });
}
