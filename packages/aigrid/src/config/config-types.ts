import type { ModelCardOverride } from '../spec/model-card.js';
import type { ConfigIssue } from './config-error.js';
import type { ProviderType } from '../spec/provider-presets.js';
import type { ConditionalRule, LatencyClass, RetryPolicy, RouteTimeouts, StrategyName } from '../spec/routing-vocabulary.js';

/**
 * The validated, frozen gateway configuration. `loadConfig` builds it once at start from
 * `aigrid.hcl` (or its JSON form) plus environment overrides; nothing mutates it afterwards.
 */
export interface GatewayConfig {
  /** File the config came from, or `<defaults>` when none was found. */
  readonly source: string;
  readonly server: ServerConfig;
  /** `sqlite:<path>` (embedded default) or a `postgres://` URL. */
  readonly database: string;
  /** Folder for the embedded database and the request-log journal. */
  readonly dataDir: string;
  /** Shared Redis for budgets and rate limits across gateway processes; in-process when unset. */
  readonly redis?: string;
  /** How the limiter uses `redis`: key prefix, reply deadline, when Redis counts as down. */
  readonly redisLimits: RedisLimitsConfig;
  /** How often (ms) the gateway polls the database for tenants, budgets and limits changed elsewhere. */
  readonly governanceRefreshMs: number;
  readonly providers: Readonly<Record<string, ProviderConfig>>;
  readonly models: Readonly<Record<string, ModelConfig>>;
  /** `model_card` blocks by label (`<provider>/<model-id>`), prices already in integer micro-USD. */
  readonly modelCards: Readonly<Record<string, ModelCardOverride>>;
  /** `route` blocks: public names served by several deployments. */
  readonly routes: Readonly<Record<string, RouteConfig>>;
  readonly policies: Readonly<Record<string, PolicyConfig>>;
  readonly guard: GuardConfig;
  readonly tenants: Readonly<Record<string, TenantConfig>>;
  /** Projects by `<tenant>/<project>`. */
  readonly projects: Readonly<Record<string, ProjectConfig>>;
  readonly budgets: Readonly<Record<string, BudgetConfig>>;
  readonly limits: Readonly<Record<string, LimitConfig>>;
  /**
   * What loaded but deserves a look (e.g. a local-only policy covering routes without a local
   * deployment); absent when there is nothing. `aigrid config check` prints them, the gateway logs them.
   */
  readonly warnings?: readonly ConfigIssue[];
}

/**
 * Names the config is checked against that belong to modules config may not import. The caller
 * that loads the config (the CLI, the gateway's tests) hands them in; a check whose vocabulary
 * was not handed in is skipped, and the engine refuses the value itself when it starts.
 */
export interface ConfigVocabulary {
  /** The guard's built-in detector ids (`BUILTIN_DETECTOR_IDS`). */
  readonly detectors?: readonly string[];
  /** The catalog's shipped cards (`SHIPPED_CARDS`): what a model's `card = "…"` may name besides `model_card` labels. */
  readonly cards?: readonly ShippedCardName[];
}

/** A shipped card as the config's `card` check sees it. */
export interface ShippedCardName {
  readonly id: string;
  readonly provider: string;
  readonly aliases: readonly string[];
}

export interface RedisLimitsConfig {
  /** Prefix of every limiter key (`redis_key_prefix`); on Redis Cluster a hash tag such as `{aigrid}:limits:`. */
  readonly keyPrefix: string;
  /** Reply deadline per command, counted from when it was written; one retry follows a miss. */
  readonly commandTimeoutMs: number;
  /** Slow replies in a row before Redis is taken as down (a lost connection is at once). */
  readonly downAfterFailures: number;
  /** While down: how long Redis is skipped, and how often a `PING` checks whether it is back. */
  readonly probeMs: number;
}

export interface TenantConfig {
  readonly name: string;
  readonly displayName?: string;
  /** Data residency: every request of the tenant stays in these regions. */
  readonly allowedRegions?: readonly string[];
  /** Negotiated prices by catalog card id, integer micro-USD per million tokens; they replace the card's. */
  readonly prices: Readonly<Record<string, Readonly<{ inputPerMTok?: number; cachedInputPerMTok?: number; cacheWritePerMTok?: number; outputPerMTok?: number }>>>;
}

export interface ProjectConfig {
  /** `<tenant>/<project>`. */
  readonly name: string;
  readonly tenant: string;
}

export type BudgetPeriod = 'day' | 'week' | 'month' | 'total';

export interface BudgetConfig {
  readonly name: string;
  /** `tenant:<t>`, `project:<t>/<p>`, `key:<id>`, `model:<name>` or `tenant:<t>/model:<name>`. */
  readonly scope: string;
  readonly amountMicros: number;
  readonly period: BudgetPeriod;
  /** Hard budgets refuse; soft ones alert (header and log) and serve. */
  readonly hard: boolean;
}

export interface LimitConfig {
  readonly name: string;
  readonly scope: string;
  readonly requestsPerMinute?: number;
  readonly tokensPerMinute?: number;
  readonly concurrent?: number;
}

/** The governance objects that may also be managed through the admin API and CLI. */
export type GovernanceKind = 'tenant' | 'project' | 'budget' | 'limit';

/** Each governance kind's built value. */
export interface GovernanceValues {
  tenant: TenantConfig;
  project: ProjectConfig;
  budget: BudgetConfig;
  limit: LimitConfig;
}

export interface DeploymentConfig {
  readonly name: string;
  readonly provider: string;
  readonly upstreamModel: string;
  readonly region?: string;
  readonly location?: 'cloud' | 'edge' | 'local';
  readonly weight?: number;
  readonly maxConcurrent?: number;
  /** Catalog card for capabilities, context and prices (else matched by provider type + model). */
  readonly card?: string;
}

export interface RouteConfig {
  readonly name: string;
  readonly strategy: StrategyName;
  readonly latencyClass?: LatencyClass;
  readonly timeouts: RouteTimeouts;
  readonly retries: Partial<RetryPolicy>;
  readonly deployments: readonly DeploymentConfig[];
  readonly rules?: readonly ConditionalRule[];
}

export type SensitiveAction = 'local-only' | 'redact' | 'block' | 'allow';

/** What a local-only policy does with a request whose only hits scored below a detector's threshold. */
export type UncertainAction = 'local' | 'ignore';

export interface PolicyConfig {
  readonly name: string;
  /** Tenants covered; all when unset. */
  readonly tenants?: readonly string[];
  /** Public model or route names covered; all when unset. */
  readonly routes?: readonly string[];
  readonly onSensitive: SensitiveAction;
  /** Detectors switched on (built-in ids, guard pattern and dictionary names); all when unset. */
  readonly detectors?: readonly string[];
  /** Detectors switched off for this policy, after `detectors`. */
  readonly skipDetectors?: readonly string[];
  /** Local-only policies only: `local` also confines requests with uncertain candidates; unset means `ignore`. */
  readonly onUncertain?: UncertainAction;
  readonly allowedRegions?: readonly string[];
  readonly maxPricePerMTokMicros?: number;
}

export interface GuardConfig {
  /** User detectors: name → regular expression. */
  readonly patterns: Readonly<Record<string, string>>;
  /** User dictionaries: name → terms matched as whole words, case-insensitively. */
  readonly dictionaries: Readonly<Record<string, readonly string[]>>;
}

export interface ServerConfig {
  readonly host: string;
  readonly port: number;
  /** Guards the admin routes; admin routes are disabled when unset. */
  readonly adminKey?: string;
  readonly maxBodyBytes: number;
  /** Request bodies are never logged unless this is true. */
  readonly logBodies: boolean;
}

export type { ProviderType };

export interface ProviderConfig {
  readonly name: string;
  readonly type: ProviderType;
  /** Base URL including the version prefix, e.g. `https://api.openai.com/v1`. */
  readonly baseUrl: string;
  readonly apiKey?: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly connectTimeoutMs: number;
  readonly firstByteTimeoutMs: number;
  readonly totalTimeoutMs: number;
  readonly maxConnections: number;
  /** Anthropic's `anthropic-version` header, Azure's `api-version` query parameter. */
  readonly apiVersion?: string;
  /** AWS region (Bedrock). */
  readonly region?: string;
  /** AWS credentials (Bedrock); signed with SigV4. */
  readonly accessKeyId?: string;
  readonly secretAccessKey?: string;
  readonly sessionToken?: string;
}

export interface ModelConfig {
  /** Public name clients send as `model`. */
  readonly name: string;
  readonly provider: string;
  /** Model name sent upstream; defaults to the public name. */
  readonly upstreamModel: string;
  /** Catalog card linked explicitly (`card = "openai/gpt-4o"`); otherwise linked by provider type + upstream model. */
  readonly card?: string;
}

export const DEFAULT_PORT = 8420;
export const DEFAULT_HOST = '127.0.0.1';
