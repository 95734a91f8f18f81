import { z } from 'zod';
import { PROVIDER_PRESETS, PROVIDER_TYPES } from '../spec/provider-presets.js';
import { DEFAULT_HOST, DEFAULT_PORT } from './config-types.js';

// Schemas use the file's snake_case names; the block builders map them to the camelCase config
// types. Every object is strict: an unknown key is an error, never silently ignored.

/** Default `max_body_bytes`: 4 MiB. */
export const DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;
/** Default `data_dir`, relative to the working directory. */
export const DEFAULT_DATA_DIR = '.aigrid';
/** Default `base_url` for providers of type `openai`. */
export const OPENAI_BASE_URL = 'https://api.openai.com/v1';

export { PROVIDER_TYPES };

const positiveInteger = z.number().int().min(1);

/** A TCP port; 0 asks the operating system for a free one (useful in tests). */
export const portSchema = z.number().int().min(0).max(65535);

export const hostSchema = z.string().min(1);

export const adminKeySchema = z.string().min(1);

/** `sqlite:<path>` or a `postgres://` / `postgresql://` URL. */
export const databaseSchema = z
  .string()
  .refine(
    (value) => /^sqlite:.+/.test(value) || /^postgres(ql)?:\/\/.+/.test(value),
    'must be "sqlite:<path>" or a "postgres://" URL',
  );

/** An absolute http(s) URL. */
export const httpUrlSchema = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}, 'must be an http:// or https:// URL');

/** A `redis://` or `rediss://` URL. */
export const redisSchema = z.string().regex(/^rediss?:\/\/.+/, 'must be a "redis://" URL');

/** Default `governance_refresh_ms`: how often a gateway looks for governance changes made elsewhere. */
export const DEFAULT_GOVERNANCE_REFRESH_MS = 2_000;

/** Defaults of the shared limiter's Redis attributes (docs/limits.md, "Outage policy"). */
export const DEFAULT_REDIS_LIMITS = Object.freeze({ keyPrefix: 'aigrid:limits:', commandTimeoutMs: 250, downAfterFailures: 3, probeMs: 1_000 });

/** Attributes written at the top level of the file, outside any block. */
export const topLevelSchema = z.strictObject({
  database: databaseSchema.optional(),
  redis: redisSchema.optional(),
  data_dir: z.string().min(1).default(DEFAULT_DATA_DIR),
  governance_refresh_ms: z.number().int().min(100).default(DEFAULT_GOVERNANCE_REFRESH_MS),
  redis_key_prefix: z.string().min(1).max(128).default(DEFAULT_REDIS_LIMITS.keyPrefix),
  redis_command_timeout_ms: z.number().int().min(10).max(60_000).default(DEFAULT_REDIS_LIMITS.commandTimeoutMs),
  redis_down_after_failures: z.number().int().min(1).max(100).default(DEFAULT_REDIS_LIMITS.downAfterFailures),
  redis_probe_ms: z.number().int().min(100).max(60_000).default(DEFAULT_REDIS_LIMITS.probeMs),
});

/** `server { … }`: where and how the gateway listens. */
export const serverSchema = z.strictObject({
  host: hostSchema.default(DEFAULT_HOST),
  port: portSchema.default(DEFAULT_PORT),
  admin_key: adminKeySchema.optional(),
  max_body_bytes: positiveInteger.default(DEFAULT_MAX_BODY_BYTES),
  log_bodies: z.boolean().default(false),
});

/** `provider "name" { … }`: one upstream account or server. */
export const providerSchema = z
  .strictObject({
    type: z.enum(PROVIDER_TYPES).default('openai'),
    base_url: httpUrlSchema.optional(),
    api_key: z.string().optional(),
    headers: z.record(z.string(), z.string()).default({}),
    connect_timeout_ms: positiveInteger.default(5_000),
    first_byte_timeout_ms: positiveInteger.default(120_000),
    total_timeout_ms: positiveInteger.default(600_000),
    max_connections: positiveInteger.default(256),
    api_version: z.string().min(1).optional(),
    region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d+$/, 'must be an AWS region such as "us-east-1"').optional(),
    access_key_id: z.string().min(1).optional(),
    secret_access_key: z.string().min(1).optional(),
    session_token: z.string().min(1).optional(),
  })
  .superRefine((provider, context) => {
    const preset = PROVIDER_PRESETS[provider.type];
    const needsUrl = !('baseUrl' in preset) && !(provider.type === 'bedrock' && provider.region);
    if (needsUrl && provider.base_url === undefined) {
      const what = provider.type === 'bedrock' ? '"base_url" or "region"' : '"base_url"';
      context.addIssue({ code: 'custom', path: ['base_url'], message: `missing required attribute ${what} (required for type "${provider.type}")` });
    }
  });

/** `model "public-name" { … }`: a name clients may send, served by a declared provider. */
export const modelSchema = z.strictObject({
  provider: z.string().min(1),
  upstream_model: z.string().min(1).optional(),
  /** Model card to link, `<provider>/<model-id>`; by default linked by provider type + upstream model. */
  card: z.string().regex(/^[^/]+\/.+$/, 'must be a card id "<provider>/<model-id>"').optional(),
});

export type ServerBlock = z.output<typeof serverSchema>;
export type ProviderBlock = z.output<typeof providerSchema>;
export type ModelBlock = z.output<typeof modelSchema>;
