import { z } from 'zod';
import { STRATEGY_NAMES, type ConditionalRule, type RuleCondition } from '../spec/routing-vocabulary.js';
import { validateRules } from './rule-validation.js';
import type { BlockIssue } from './block-issue.js';
import type { GatewayConfig, RouteConfig } from './config-types.js';
import { didYouMean } from './name-suggestion.js';

// `route "<public-name>" { … }`: a public model name served by several deployments. Deployments
// are unlabelled blocks because their order matters (fallback order) and labelled blocks lose it.

const scalar = z.union([z.string(), z.number(), z.boolean()]);

const conditionSchema = z.strictObject({
  field: z.string().min(1),
  equals: scalar.optional(),
  not_equals: scalar.optional(),
  in: z.array(scalar).optional(),
  not_in: z.array(scalar).optional(),
  gt: z.number().optional(),
  gte: z.number().optional(),
  lt: z.number().optional(),
  lte: z.number().optional(),
  exists: z.boolean().optional(),
});

const ruleSchema = z.strictObject({
  name: z.string().min(1).optional(),
  when: z.array(conditionSchema).optional(),
  deployments: z.array(z.string().min(1)).min(1),
  strategy: z.enum(STRATEGY_NAMES.filter((name) => name !== 'conditional') as ['fallback']).optional(),
  mode: z.enum(['only', 'prefer']).optional(),
});

const deploymentSchema = z.strictObject({
  name: z.string().regex(/^[A-Za-z0-9._:/-]+$/, 'may hold letters, digits and . _ : / -').optional(),
  provider: z.string().min(1),
  model: z.string().min(1),
  region: z.string().min(1).optional(),
  location: z.enum(['cloud', 'edge', 'local']).optional(),
  weight: z.number().min(0).optional(),
  max_concurrent: z.number().int().min(1).optional(),
  card: z.string().min(1).optional(),
});

const retriesSchema = z.strictObject({
  max_attempts: z.number().int().min(1).max(10).optional(),
  base_delay_ms: z.number().int().min(0).optional(),
  max_delay_ms: z.number().int().min(0).optional(),
  budget_ratio: z.number().min(0).max(10).optional(),
});

export const routeSchema = z.strictObject({
  strategy: z.enum(STRATEGY_NAMES as unknown as ['fallback']).default('fallback'),
  latency_class: z.enum(['interactive', 'batch']).optional(),
  first_token_timeout_ms: z.number().int().min(1).optional(),
  total_timeout_ms: z.number().int().min(1).optional(),
  retries: z.array(retriesSchema).max(1).optional(),
  deployment: z.array(deploymentSchema).min(1),
  rule: z.array(ruleSchema).optional(),
});

export type RouteBlock = z.output<typeof routeSchema>;

function toCondition(condition: z.output<typeof conditionSchema>): RuleCondition {
  const { not_equals, not_in, ...rest } = condition;
  return { ...rest, ...(not_equals === undefined ? {} : { notEquals: not_equals }), ...(not_in === undefined ? {} : { notIn: not_in }) };
}

/** Builds a route's config from its block. */
export function buildRoute(body: RouteBlock, label: string): RouteConfig {
  const retries = body.retries?.[0];
  return {
    name: label,
    strategy: body.strategy,
    ...(body.latency_class ? { latencyClass: body.latency_class } : {}),
    timeouts: { firstTokenMs: body.first_token_timeout_ms, totalMs: body.total_timeout_ms },
    retries: {
      ...(retries?.max_attempts !== undefined ? { maxAttempts: retries.max_attempts } : {}),
      ...(retries?.base_delay_ms !== undefined ? { baseDelayMs: retries.base_delay_ms } : {}),
      ...(retries?.max_delay_ms !== undefined ? { maxDelayMs: retries.max_delay_ms } : {}),
      ...(retries?.budget_ratio !== undefined ? { budgetRatio: retries.budget_ratio } : {}),
    },
    deployments: body.deployment.map((deployment) => ({
      name: deployment.name ?? `${deployment.provider}/${deployment.model}`,
      provider: deployment.provider,
      upstreamModel: deployment.model,
      region: deployment.region,
      location: deployment.location,
      weight: deployment.weight,
      maxConcurrent: deployment.max_concurrent,
      card: deployment.card,
    })),
    rules: body.rule?.map(
      (rule): ConditionalRule => ({
        deployments: rule.deployments,
        ...(rule.name ? { name: rule.name } : {}),
        ...(rule.when ? { when: rule.when.map(toCondition) } : {}),
        ...(rule.strategy ? { strategy: rule.strategy } : {}),
        ...(rule.mode ? { mode: rule.mode } : {}),
      }),
    ),
  };
}

/** Cross-checks: providers exist, names are unique, rules name real deployments, no clash with models. */
export function checkRoute(route: RouteConfig, config: GatewayConfig): BlockIssue[] {
  const issues: BlockIssue[] = [];
  const providers = Object.keys(config.providers);
  const seen = new Set<string>();
  route.deployments.forEach((deployment, index) => {
    if (!Object.hasOwn(config.providers, deployment.provider)) {
      issues.push({
        path: ['deployment', String(index), 'provider'],
        message: `route "${route.name}": provider "${deployment.provider}" is not declared`,
        hint: didYouMean(deployment.provider, providers),
      });
    }
    if (seen.has(deployment.name)) {
      issues.push({ path: ['deployment', String(index), 'name'], message: `route "${route.name}": two deployments are named "${deployment.name}"`, hint: 'give each deployment a distinct name' });
    }
    seen.add(deployment.name);
  });
  if (Object.hasOwn(config.models, route.name)) {
    issues.push({ path: [], message: `route "${route.name}" has the same name as a model block`, hint: 'a public name is either a model or a route' });
  }
  if (route.strategy === 'conditional' && !route.rules?.length) {
    issues.push({ path: ['strategy'], message: `route "${route.name}": strategy "conditional" needs at least one rule block` });
  }
  for (const issue of validateRules(route.rules ?? [], [...seen], 'rule')) {
    issues.push({ path: issue.path.split(/[.[\]]+/).filter(Boolean), message: `route "${route.name}": ${issue.message}` });
  }
  return issues;
}
