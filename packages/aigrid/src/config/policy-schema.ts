import { z } from 'zod';
import { usdToMicros } from '../spec/usd-micros.js';
import type { GuardConfig, PolicyConfig } from './config-types.js';

/** What a policy does with a request the guard marks sensitive. */
export const SENSITIVE_ACTIONS = ['local-only', 'redact', 'block', 'allow'] as const;

/** What a local-only policy does with a request that holds only uncertain candidates. */
export const UNCERTAIN_ACTIONS = ['local', 'ignore'] as const;

// `policy "<name>" { … }`: which tenants and routes it covers, which detectors it scans with,
// what sensitive requests may do, and where any of their requests may go (residency, price cap).
// Checks across blocks (routes exist, detectors are known, local-only can be served) are in
// policy-checks.ts.
export const policySchema = z.strictObject({
  tenants: z.array(z.string().min(1)).min(1).optional(),
  routes: z.array(z.string().min(1)).min(1).optional(),
  on_sensitive: z.enum(SENSITIVE_ACTIONS).default('allow'),
  on_uncertain: z.enum(UNCERTAIN_ACTIONS).optional(),
  detectors: z.array(z.string().min(1)).min(1).optional(),
  skip_detectors: z.array(z.string().min(1)).min(1).optional(),
  allowed_regions: z.array(z.string().min(1)).min(1).optional(),
  max_price: z.number().min(0).optional(),
});

export type PolicyBlock = z.output<typeof policySchema>;

/** Builds a policy's config from its validated block. */
export function buildPolicy(body: PolicyBlock, label: string): PolicyConfig {
  return {
    name: label,
    tenants: body.tenants,
    routes: body.routes,
    onSensitive: body.on_sensitive,
    ...(body.on_uncertain === undefined ? {} : { onUncertain: body.on_uncertain }),
    detectors: body.detectors,
    ...(body.skip_detectors === undefined ? {} : { skipDetectors: body.skip_detectors }),
    allowedRegions: body.allowed_regions,
    maxPricePerMTokMicros: body.max_price === undefined ? undefined : usdToMicros(body.max_price),
  };
}

function isRegExp(source: string): boolean {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}

// `guard { patterns = {…} dictionaries = {…} }`: the organisation's own sensitive terms.
export const guardSchema = z.strictObject({
  patterns: z
    .record(
      z.string().regex(/^[a-z][a-z0-9_]*$/, 'names are lower_snake_case'),
      z.string().min(1).refine(isRegExp, 'must be a valid regular expression'),
    )
    .default({}),
  dictionaries: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/, 'names are lower_snake_case'), z.array(z.string().min(1)).min(1)).default({}),
});

export type GuardBlock = z.output<typeof guardSchema>;

export function buildGuard(body: GuardBlock): GuardConfig {
  return { patterns: body.patterns, dictionaries: body.dictionaries };
}
