import type { z } from 'zod';
import type { BlockIssue } from './block-issue.js';
import {
  modelSchema,
  OPENAI_BASE_URL,
  providerSchema,
  serverSchema,
  type ModelBlock,
  type ProviderBlock,
  type ServerBlock,
} from './config-schema.js';
import type { ConfigVocabulary, GatewayConfig, ModelConfig, ProviderConfig, ServerConfig } from './config-types.js';
import { buildModelCard, checkCardReference, checkModelCardLabel, modelCardSchema } from './model-card-schema.js';
import { didYouMean } from './name-suggestion.js';
import { checkPolicy } from './policy-checks.js';
import { buildGuard, buildPolicy, guardSchema, policySchema } from './policy-schema.js';
import { buildRoute, checkRoute, routeSchema } from './route-schema.js';
import {
  budgetSchema,
  buildBudget,
  buildLimit,
  buildProject,
  buildTenant,
  checkLabel,
  checkProject,
  checkScope,
  limitSchema,
  projectSchema,
  tenantSchema,
} from './governance-schema.js';
import { PROVIDER_PRESETS, type ProviderPreset } from '../spec/provider-presets.js';


/**
 * One kind of block the config file may contain. Adding a block kind (budget, route, policy, …)
 * means a schema, one entry here and a field in `GatewayConfig`; the loader itself does not change.
 */
export interface BlockKind {
  /** Keyword in the file: `provider` in `provider "openai" { … }`. */
  readonly name: string;
  /**
   * 0: a singular block (`server { }`), at most once; when absent it is built from an empty body
   * so its defaults apply. 1: a named block (`provider "x" { }`), any number with distinct labels.
   */
  readonly labels: 0 | 1;
  /** Field of `GatewayConfig` that receives the built value (singular) or a record by label. */
  readonly field: keyof GatewayConfig;
  readonly schema: z.ZodType;
  /** Maps the validated body to its config type; `label` is `''` for singular blocks. */
  build(body: unknown, label: string): unknown;
  /** Checks against the assembled config (references to other blocks) and the handed-in vocabulary. */
  check?(built: unknown, config: GatewayConfig, vocabulary: ConfigVocabulary): BlockIssue[];
}

/** Typed helper so each block's functions see their own body type. */
function defineBlock<Body, Built>(kind: {
  name: string;
  labels: 0 | 1;
  field: keyof GatewayConfig;
  schema: z.ZodType<Body>;
  build(body: Body, label: string): Built;
  check?(built: Built, config: GatewayConfig, vocabulary: ConfigVocabulary): BlockIssue[];
}): BlockKind {
  return kind as BlockKind;
}

const serverBlock = defineBlock({
  name: 'server',
  labels: 0,
  field: 'server',
  schema: serverSchema,
  build: (body: ServerBlock): ServerConfig => ({
    host: body.host,
    port: body.port,
    adminKey: body.admin_key,
    maxBodyBytes: body.max_body_bytes,
    logBodies: body.log_bodies,
  }),
});

/** Drops keys whose value is undefined, so optional settings that were not given are absent. */
function definedOnly<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

function defaultBaseUrl(body: ProviderBlock): string {
  if (body.type === 'bedrock') return `https://bedrock-runtime.${body.region}.amazonaws.com`;
  const preset: ProviderPreset = PROVIDER_PRESETS[body.type];
  return preset.baseUrl ?? OPENAI_BASE_URL;
}

const providerBlock = defineBlock({
  name: 'provider',
  labels: 1,
  field: 'providers',
  schema: providerSchema,
  build: (body: ProviderBlock, label): ProviderConfig => definedOnly({
    name: label,
    type: body.type,
    // Adapters append paths such as `/chat/completions`, so a trailing slash is dropped.
    baseUrl: (body.base_url ?? defaultBaseUrl(body)).replace(/\/+$/, ''),
    apiKey: body.api_key,
    headers: body.headers,
    connectTimeoutMs: body.connect_timeout_ms,
    firstByteTimeoutMs: body.first_byte_timeout_ms,
    totalTimeoutMs: body.total_timeout_ms,
    maxConnections: body.max_connections,
    apiVersion: body.api_version,
    region: body.region,
    accessKeyId: body.access_key_id,
    secretAccessKey: body.secret_access_key,
    sessionToken: body.session_token,
  }),
});

const modelBlock = defineBlock({
  name: 'model',
  labels: 1,
  field: 'models',
  schema: modelSchema,
  build: (body: ModelBlock, label): ModelConfig => ({
    name: label,
    provider: body.provider,
    upstreamModel: body.upstream_model ?? label,
    ...(body.card === undefined ? {} : { card: body.card }),
  }),
  check: (model, config, vocabulary) => {
    const cardIssues = model.card === undefined ? [] : checkCardReference(model.name, model.card, config.modelCards, vocabulary.cards);
    if (Object.hasOwn(config.providers, model.provider)) return cardIssues;
    const declared = Object.keys(config.providers);
    return [
      ...cardIssues,
      {
        path: ['provider'],
        message: `model "${model.name}": provider "${model.provider}" is not declared`,
        hint:
          didYouMean(model.provider, declared) ??
          (declared.length > 0
            ? `declared providers: ${declared.map((name) => `"${name}"`).join(', ')}`
            : `add a provider "${model.provider}" { … } block`),
      },
    ];
  },
});

const modelCardBlock = defineBlock({
  name: 'model_card',
  labels: 1,
  field: 'modelCards',
  schema: modelCardSchema,
  build: buildModelCard,
  check: checkModelCardLabel,
});

const routeBlock = defineBlock({ name: 'route', labels: 1, field: 'routes', schema: routeSchema, build: buildRoute, check: checkRoute });

const policyBlock = defineBlock({ name: 'policy', labels: 1, field: 'policies', schema: policySchema, build: buildPolicy, check: checkPolicy });

const guardBlock = defineBlock({ name: 'guard', labels: 0, field: 'guard', schema: guardSchema, build: buildGuard });

const tenantBlock = defineBlock({ name: 'tenant', labels: 1, field: 'tenants', schema: tenantSchema, build: buildTenant, check: (tenant) => checkLabel('tenant', tenant.name) });

const projectBlock = defineBlock({ name: 'project', labels: 1, field: 'projects', schema: projectSchema, build: buildProject, check: checkProject });

const budgetBlock = defineBlock({
  name: 'budget',
  labels: 1,
  field: 'budgets',
  schema: budgetSchema,
  build: buildBudget,
  check: (budget, config) => [...checkLabel('budget', budget.name), ...checkScope(`budget "${budget.name}"`, budget.scope, config)],
});

const limitBlock = defineBlock({
  name: 'limit',
  labels: 1,
  field: 'limits',
  schema: limitSchema,
  build: buildLimit,
  check: (limit, config) => [...checkLabel('limit', limit.name), ...checkScope(`limit "${limit.name}"`, limit.scope, config)],
});

/** Every block kind the config file accepts, in the order they are built and checked. */
export const BLOCK_KINDS: readonly BlockKind[] = [
  serverBlock,
  providerBlock,
  modelBlock,
  modelCardBlock,
  routeBlock,
  policyBlock,
  guardBlock,
  tenantBlock,
  projectBlock,
  budgetBlock,
  limitBlock,
];
