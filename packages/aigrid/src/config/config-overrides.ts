import type { z } from 'zod';
import { ConfigError, type ConfigIssue } from './config-error.js';
import { adminKeySchema, databaseSchema, hostSchema, portSchema, redisSchema } from './config-schema.js';
import type { GatewayConfig } from './config-types.js';

/** Values given on the command line; they win over the file and the environment. */
export interface ConfigOverrides {
  readonly host?: string;
  readonly port?: number;
  readonly database?: string;
  readonly adminKey?: string;
  readonly redis?: string;
}

/** Environment variables that override file values, by the override they feed. */
export const OVERRIDE_VARIABLES = {
  host: 'AIGRID_HOST',
  port: 'AIGRID_PORT',
  database: 'AIGRID_DATABASE',
  adminKey: 'AIGRID_ADMIN_KEY',
  redis: 'AIGRID_REDIS',
} as const satisfies Record<keyof ConfigOverrides, string>;

const SCHEMAS: Record<keyof ConfigOverrides, z.ZodType> = {
  host: hostSchema,
  port: portSchema,
  database: databaseSchema,
  adminKey: adminKeySchema,
  redis: redisSchema,
};

/**
 * Applies `AIGRID_HOST`, `AIGRID_PORT`, `AIGRID_DATABASE` and `AIGRID_ADMIN_KEY` (empty counts as
 * unset), then the command-line overrides, to a built config. Values are validated like the file's.
 */
export function applyOverrides(
  config: GatewayConfig,
  env: NodeJS.ProcessEnv,
  overrides: ConfigOverrides = {},
): GatewayConfig {
  const values: { -readonly [K in keyof ConfigOverrides]: ConfigOverrides[K] } = {};
  const issues: ConfigIssue[] = [];
  for (const key of Object.keys(OVERRIDE_VARIABLES) as (keyof ConfigOverrides)[]) {
    const variable = OVERRIDE_VARIABLES[key];
    const fromEnv = env[variable];
    if (fromEnv !== undefined && fromEnv !== '') {
      // The environment only holds strings; the port is the one number among these.
      const value = key === 'port' && /^\d+$/.test(fromEnv.trim()) ? Number(fromEnv.trim()) : fromEnv;
      check(value, key, { file: '<environment>', path: [variable] }, issues, values);
    }
    if (overrides[key] !== undefined) {
      check(overrides[key], key, { file: '<overrides>', path: [key] }, issues, values);
    }
  }
  if (issues.length > 0) throw new ConfigError(issues);
  return {
    ...config,
    database: values.database ?? config.database,
    ...((values.redis ?? config.redis) ? { redis: values.redis ?? config.redis } : {}),
    server: {
      ...config.server,
      host: values.host ?? config.server.host,
      port: values.port ?? config.server.port,
      adminKey: values.adminKey ?? config.server.adminKey,
    },
  };
}

function check(
  value: unknown,
  key: keyof ConfigOverrides,
  where: { file: string; path: string[] },
  issues: ConfigIssue[],
  values: Record<string, unknown>,
): void {
  const result = SCHEMAS[key].safeParse(value);
  if (result.success) {
    values[key] = result.data;
    return;
  }
  const reason = key === 'port' ? 'must be a port number from 0 to 65535' : result.error.issues[0].message;
  issues.push({ ...where, message: `${where.path[0]} ${reason}, got ${JSON.stringify(value)}` });
}
