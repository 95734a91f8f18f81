import { z } from 'zod';
import { usdToMicros } from '../catalog/usd-micros.js';
import type { BlockIssue } from './config-blocks.js';
import type { GatewayConfig, GuardConfig, PolicyConfig } from './config-types.js';
import { didYouMean } from './name-suggestion.js';

/** What a policy does with a request the guard marks sensitive. */
export const SENSITIVE_ACTIONS = ['local-only', 'redact', 'block', 'allow'] as const;

// `policy "<name>" { … }`: which tenants and routes it covers, what sensitive requests may do,
// and where any of their requests may go (data residency, price cap).
export const policySchema = z.strictObject({
  tenants: z.array(z.string().min(1)).min(1).optional(),
  routes: z.array(z.string().min(1)).min(1).optional(),
  on_sensitive: z.enum(SENSITIVE_ACTIONS).default('allow'),
  detectors: z.array(z.string().min(1)).min(1).optional(),
  allowed_regions: z.array(z.string().min(1)).min(1).optional(),
  max_price: z.number().min(0).optional(),
});

export type PolicyBlock = z.output<typeof policySchema>;

export function buildPolicy(body: PolicyBlock, label: string): PolicyConfig {
  return {
    name: label,
    tenants: body.tenants,
    routes: body.routes,
    onSensitive: body.on_sensitive,
    detectors: body.detectors,
    allowedRegions: body.allowed_regions,
    maxPricePerMTokMicros: body.max_price === undefined ? undefined : usdToMicros(body.max_price),
  };
}

/** A policy's routes must be public names the config declares. */
export function checkPolicy(policy: PolicyConfig, config: GatewayConfig): BlockIssue[] {
  const names = [...Object.keys(config.models), ...Object.keys(config.routes)];
  return (policy.routes ?? [])
    .filter((route) => !names.includes(route))
    .map((route) => ({
      path: ['routes'],
      message: `policy "${policy.name}": no model or route is named "${route}"`,
      hint: didYouMean(route, names),
    }));
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
