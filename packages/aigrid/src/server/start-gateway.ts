import http from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Dispatcher } from 'undici';
import { Catalog } from '../catalog/catalog.js';
import { GatewayRouter } from './routing/gateway-router.js';
import { PolicyGuards } from './routing/policy-guards.js';
import type { HealthOptions } from '../router/index.js';
import { buildPublicRoutes } from './routing/route-specs.js';
import type { GatewayConfig, ProviderConfig } from '../config/config-types.js';
import { formatConfigIssue } from '../config/config-error.js';
import { ProviderSecretRepository } from '../secrets/provider-secret-repository.js';
import { openAuditLog } from '../audit/index.js';
import { recordConfigLoad } from './config-load-audit.js';
import { Governor } from './metering/governor.js';
import { RequestRecordWriter } from './metering/request-record-writer.js';
import { GovernanceState } from './metering/governance-state.js';
import { secretBoxFromEnv } from '../secrets/secret-box.js';
import { createProviders } from '../providers/provider-registry.js';
import { openStore } from '../store/open-store.js';

import type { GatewayDeps } from './gateway-deps.js';
import { GatewayMetrics } from './gateway-metrics.js';
import { continueWithinLimit } from './body-limits.js';
import { createClientErrorHandler, createConnectHandler } from './client-error.js';
import { createRequestHandler, newRequestId } from './handle-request.js';
import { KeyCache } from './key-cache.js';
import { createLogger, type Logger } from './logger.js';

/** Providers whose config gives no API key use one stored (encrypted) through the admin API. */
async function withStoredSecrets(config: GatewayConfig, secrets: ProviderSecretRepository, logger: Logger) {
  const providers: Record<string, ProviderConfig> = {};
  for (const provider of Object.values(config.providers)) {
    let apiKey = provider.apiKey;
    if (!apiKey) {
      apiKey = await secrets.get(provider.name).catch((error: unknown) => {
        logger.warn('stored provider secret unreadable', { provider: provider.name, error: String((error as Error).message ?? error) });
        return undefined;
      });
    }
    providers[provider.name] = apiKey ? { ...provider, apiKey } : provider;
  }
  return providers;
}

export interface StartOptions {
  logger?: Logger;
  /** Upstream dispatcher for tests; by default each provider gets its own keep-alive pool. */
  dispatcher?: Dispatcher;
  /** How often the key cache polls the store for changes. */
  keyRefreshMs?: number;
  /** Circuit-breaker settings (tests shorten the cooldown). */
  health?: Partial<HealthOptions>;
}

export interface RunningGateway {
  readonly url: string;
  readonly port: number;
  readonly deps: GatewayDeps;
  /** Stops accepting, lets in-flight requests finish (up to `graceMs`), flushes the request log. */
  close(graceMs?: number): Promise<void>;
}

// Readiness fails when this many request-log rows wait for the database.
const MAX_PENDING_LOG_ROWS = 50_000;

/** Opens the store, loads keys, builds providers and listens on the configured address. */
export async function startGateway(config: GatewayConfig, options: StartOptions = {}): Promise<RunningGateway> {
  const logger = options.logger ?? createLogger();
  for (const warning of config.warnings ?? []) logger.warn('config warning', { warning: formatConfigIssue(warning) });
  // Before anything is opened: a policy naming an unknown detector stops the start here.
  const guards = PolicyGuards.compile(Object.values(config.policies), config.guard);
  const store = await openStore(config.database);
  const catalog = Catalog.fromConfig(config);
  const router = new GatewayRouter(buildPublicRoutes(config, catalog), Object.values(config.policies), { health: options.health });
  const keys = new KeyCache(store.keys, { refreshMs: options.keyRefreshMs });
  await keys.start();
  const secrets = new ProviderSecretRepository(store.db, secretBoxFromEnv());
  const governance = await GovernanceState.start(config, store.governance, logger);
  const governor = await Governor.start(config, store, governance, logger);
  // Request-log rows and their usage events, journaled together (older journals replay as rows).
  const writer = new RequestRecordWriter({
    journalDir: join(config.dataDir, 'journal'),
    requestLog: store.requestLog,
    ledger: governor.events,
    // Only when both repositories write through it, as they do on the embedded store.
    sqliteInserter: store.sqliteInserter,
    onError: (error: unknown) => logger.warn('request log write failed; rows and usage events stay journaled', { error: String(error) }),
  });
  await writer.start();
  const metrics = new GatewayMetrics(() => writer.pending(), () => router.health.snapshot());
  governor.registerMetrics(metrics.registry);
  const audit = await openAuditLog({
    store,
    dataDir: config.dataDir,
    env: process.env,
    onCheckpointError: (error: unknown) => logger.warn('audit checkpoint failed', { error: String(error) }),
  });
  await recordConfigLoad(audit, config).catch((error: unknown) => logger.warn('config load not audited', { error: String(error) }));
  // Gateways sharing a store must share the signing key: a second one with another key stops here.
  await audit.claimSigningKey();
  const providers = createProviders(await withStoredSecrets(config, secrets, logger), options.dispatcher);
  const deps: GatewayDeps = {
    config,
    store,
    keys,
    providers,
    secrets,
    audit,
    governance,
    governor,
    catalog,
    router,
    guards,
    metrics,
    logger,
    isReady: () => writer.pending() < MAX_PENDING_LOG_ROWS && governor.ledger.pending() < MAX_PENDING_LOG_ROWS,
  };
  const handler = createRequestHandler(deps, (entry, done, now) => writer.recordGrouped(entry, done, now));
  const listener = (req: http.IncomingMessage, res: http.ServerResponse) => void handler(req, res);
  // No Host header is served (routes ignore it) rather than refused with Node's bare 400.
  const server = http.createServer({ noDelay: true, keepAliveTimeout: 65_000, headersTimeout: 60_000, requireHostHeader: false }, listener);
  // `Expect: 100-continue` with a body over the limit gets its 413 before any 100 (body-limits.ts);
  // other expectations are ignored, not answered with Node's bare 417.
  server.on('checkContinue', continueWithinLimit(config.server.maxBodyBytes, listener));
  server.on('checkExpectation', listener);
  // Requests the HTTP parser refuses, and CONNECT, get the error envelope too (client-error.ts).
  server.on('clientError', createClientErrorHandler(logger, newRequestId));
  server.on('connect', createConnectHandler(logger, newRequestId));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.server.port, config.server.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const host = config.server.host.includes(':') ? `[${config.server.host}]` : config.server.host;

  const close = async (graceMs = 10_000) => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const forced = setTimeout(() => server.closeAllConnections(), graceMs);
    await closed;
    clearTimeout(forced);
    keys.stop();
    governance.stop();
    await writer.close().catch((error: unknown) => logger.warn('request log not fully flushed; rows stay journaled', { error: String(error) }));
    // During a database outage the ledger keeps its events journaled for the next start.
    await governor.close().catch((error: unknown) => logger.warn('ledger not fully flushed; events stay journaled', { error: String(error) }));
    await Promise.all([...providers.values()].map((provider) => provider.close()));
    await store.close();
  };
  return { url: `http://${host}:${port}`, port, deps, close };
}
