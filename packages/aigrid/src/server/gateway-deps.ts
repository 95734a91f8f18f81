import type { AuditLog } from '../audit/index.js';
import type { Governor } from './metering/governor.js';
import type { GovernanceState } from './metering/governance-state.js';
import type { ProviderSecretRepository } from '../secrets/provider-secret-repository.js';
import type { GatewayRouter } from './routing/gateway-router.js';
import type { PolicyGuards } from './routing/policy-guards.js';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Catalog } from '../catalog/catalog.js';
import type { GatewayConfig } from '../config/config-types.js';
import type { ProviderAdapter } from '../providers/provider-types.js';
import type { Store } from '../store/open-store.js';
import type { GatewayMetrics } from './gateway-metrics.js';
import type { KeyCache } from './key-cache.js';
import type { Logger } from './logger.js';
import type { RequestContext } from './request-context.js';

/** Everything a route needs, passed in once when the gateway starts. */
export interface GatewayDeps {
  readonly config: GatewayConfig;
  readonly store: Store;
  readonly keys: KeyCache;
  /** Adapters by provider name; replaced when an admin stores a new provider secret. */
  readonly providers: Map<string, ProviderAdapter>;
  readonly secrets: ProviderSecretRepository;
  /** Tenants, projects, budgets and limits: aigrid.hcl ∪ those managed through the admin API and CLI. */
  readonly governance: GovernanceState;
  /** Budgets, rate limits and the usage ledger. */
  readonly governor: Governor;
  /** Tamper-evident record of administrative actions and policy refusals. */
  readonly audit: AuditLog;
  /** Model cards (shipped + config overrides), built once at start. */
  readonly catalog: Catalog;
  readonly router: GatewayRouter;
  /** The guard's classifiers, one per distinct detector set of the policies, compiled at start. */
  readonly guards: PolicyGuards;
  readonly metrics: GatewayMetrics;
  readonly logger: Logger;
  /** Whether the request-log writer is keeping up; /readyz reports it. */
  readonly isReady: () => boolean;
}

export type RouteHandler = (
  context: RequestContext,
  req: IncomingMessage,
  res: ServerResponse,
  deps: GatewayDeps,
  params: Record<string, string>,
) => Promise<void>;
