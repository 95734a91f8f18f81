import type { Command } from 'commander';
import { startGateway } from '../server/start-gateway.js';
import { createLogger, formatLogLine, logFormatFor } from '../server/logger.js';
import { configFromFlags, output, type ConfigFlags } from './cli-support.js';

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/** `aigrid serve`: runs the gateway until SIGINT/SIGTERM. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('run the gateway')
    .option('-c, --config <file>', 'config file (default: $AIGRID_CONFIG, ./aigrid.hcl, ./aigrid.json)')
    .option('--host <host>', 'address to bind (default 127.0.0.1)')
    .option('-p, --port <port>', 'port to listen on (default 8420)')
    .option('--database <url>', 'sqlite:<path> or postgres://… (default sqlite:.aigrid/aigrid.db)')
    .option('--json', 'print the listening line as JSON')
    .action(async (flags: ConfigFlags & { json?: boolean }) => {
      const config = await configFromFlags(flags);
      const logger = createLogger();
      if (!LOOPBACK.has(config.server.host)) logger.warn('listening beyond loopback', { host: config.server.host });
      if (!config.server.adminKey) logger.warn('no admin key set: admin routes are disabled (set AIGRID_ADMIN_KEY)');
      const gateway = await startGateway(config, { logger }).catch((error: unknown) => {
        // A failed start can leave pools, Redis clients and timers open: exit once main has said why.
        setImmediate(() => process.exit());
        throw error;
      });
      const database = config.database.split('://')[0];
      if (flags.json) output(flags, { listening: gateway.url, config: config.source, database }, () => '');
      // The same rule as every log line: readable on a terminal, JSON otherwise (AIGRID_LOG_FORMAT).
      else process.stdout.write(formatLogLine(logFormatFor(process.stdout), 'info', `aigrid listening on ${gateway.url}`, { url: gateway.url, config: config.source, database }));
      let stopping = false;
      const stop = (signal: string) => {
        if (stopping) return;
        stopping = true;
        logger.info('shutting down', { signal });
        gateway.close().then(
          () => process.exit(0),
          (error) => {
            logger.error('shutdown failed', { error: String(error) });
            process.exit(1);
          },
        );
      };
      process.on('SIGINT', () => stop('SIGINT'));
      process.on('SIGTERM', () => stop('SIGTERM'));
    });
}
