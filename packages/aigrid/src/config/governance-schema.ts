import { z } from 'zod';
import { usdToMicros } from '../spec/usd-micros.js';
import type { BlockIssue } from './block-issue.js';
import type { BudgetConfig, GatewayConfig, LimitConfig, ProjectConfig, TenantConfig } from './config-types.js';

/** What scopes and projects may refer to: the config's tenants and projects, or those merged with managed ones. */
export type GovernanceReferences = Pick<GatewayConfig, 'tenants' | 'projects'>;
import { didYouMean } from './name-suggestion.js';
import { MAX_NAME_LENGTH, NAME_RULES, nameProblem, PROJECT_NAME, TENANT_NAME } from './names.js';

// Governance blocks: tenants and their projects, money budgets and rate limits on scopes.
// A scope names what a budget or limit applies to: "tenant:<t>", "project:<t>/<p>", "key:<id>",
// "model:<public name>" (across all tenants), or "tenant:<t>/model:<name>" (one tenant's use of a model).

export { TENANT_NAME } from './names.js';
const SCOPE = /^(tenant:[a-z0-9][a-z0-9_-]*(\/model:[^\s]+)?|project:[a-z0-9][a-z0-9_-]*\/[a-z0-9][a-z0-9_-]*|key:[A-Za-z0-9_-]+|model:[^\s]+)$/;

const usd = z.number().min(0).refine((value) => usdToMicros(value) !== undefined, 'must be a plain decimal amount in USD');

/** A negotiated price for one catalog card, in USD per million tokens. */
const priceOverrideSchema = z.strictObject({
  input: usd.optional(),
  cached_input: usd.optional(),
  cache_write: usd.optional(),
  output: usd.optional(),
});

export const tenantSchema = z.strictObject({
  display_name: z.string().min(1).optional(),
  allowed_regions: z.array(z.string().min(1)).min(1).optional(),
  /** Card id (`<provider>/<model>`) → the tenant's own prices. */
  prices: z.record(z.string().regex(/^[a-z0-9-]+\/.+$/, 'keys are catalog card ids such as "openai/gpt-4o"'), priceOverrideSchema).optional(),
});

const micros = (value: number | undefined) => (value === undefined ? undefined : usdToMicros(value)!);

export const projectSchema = z.strictObject({
  tenant: z.string().regex(TENANT_NAME, `tenant names are ${NAME_RULES.tenant.rule}`),
});

export const budgetSchema = z.strictObject({
  scope: z.string().regex(SCOPE, 'must be tenant:<t>, project:<t>/<p>, key:<id>, model:<name> or tenant:<t>/model:<name>'),
  amount: z.number().min(0).refine((value) => usdToMicros(value) !== undefined, 'must be a plain decimal amount in USD'),
  period: z.enum(['day', 'week', 'month', 'total']).default('month'),
  hard: z.boolean().default(true),
});

export const limitSchema = z
  .strictObject({
    scope: z.string().regex(SCOPE, 'must be tenant:<t>, project:<t>/<p>, key:<id>, model:<name> or tenant:<t>/model:<name>'),
    requests_per_minute: z.number().int().min(1).optional(),
    tokens_per_minute: z.number().int().min(1).optional(),
    concurrent: z.number().int().min(1).optional(),
  })
  .superRefine((limit, context) => {
    if (limit.requests_per_minute ?? limit.tokens_per_minute ?? limit.concurrent) return;
    context.addIssue({ code: 'custom', path: ['requests_per_minute'], message: 'missing: set at least one of requests_per_minute, tokens_per_minute, concurrent' });
  });

export const buildTenant = (body: z.output<typeof tenantSchema>, label: string): TenantConfig => ({
  name: label,
  displayName: body.display_name,
  allowedRegions: body.allowed_regions,
  prices: Object.fromEntries(
    Object.entries(body.prices ?? {}).map(([card, price]) => [
      card,
      Object.fromEntries(
        Object.entries({ inputPerMTok: micros(price.input), cachedInputPerMTok: micros(price.cached_input), cacheWritePerMTok: micros(price.cache_write), outputPerMTok: micros(price.output) }).filter(([, value]) => value !== undefined),
      ),
    ]),
  ),
});

export const buildProject = (body: z.output<typeof projectSchema>, label: string): ProjectConfig => ({ name: label, tenant: body.tenant });

export const buildBudget = (body: z.output<typeof budgetSchema>, label: string): BudgetConfig => ({
  name: label,
  scope: body.scope,
  amountMicros: usdToMicros(body.amount)!,
  period: body.period,
  hard: body.hard,
});

export const buildLimit = (body: z.output<typeof limitSchema>, label: string): LimitConfig => ({
  name: label,
  scope: body.scope,
  requestsPerMinute: body.requests_per_minute,
  tokensPerMinute: body.tokens_per_minute,
  concurrent: body.concurrent,
});

/** Scopes must name declared tenants and projects (keys are created at run time, so not checked). */
export function checkScope(owner: string, scope: string, config: GovernanceReferences): BlockIssue[] {
  const tenants = Object.keys(config.tenants);
  const tenant = /^tenant:([^/]+)/.exec(scope)?.[1];
  if (tenant !== undefined && !Object.hasOwn(config.tenants, tenant)) {
    return [{ path: ['scope'], message: `${owner}: tenant "${tenant}" is not declared`, hint: didYouMean(tenant, tenants) ?? `add a tenant "${tenant}" {} block` }];
  }
  const project = /^project:(.+)$/.exec(scope)?.[1];
  if (project !== undefined && !Object.hasOwn(config.projects, project)) {
    return [{ path: ['scope'], message: `${owner}: project "${project}" is not declared`, hint: didYouMean(project, Object.keys(config.projects)) }];
  }
  return [];
}

/** A block label that breaks the naming rules (names.ts), as the admin API and CLI refuse it too. */
export function checkLabel(kind: 'tenant' | 'budget' | 'limit', label: string): BlockIssue[] {
  const problem = nameProblem(kind, label);
  return problem ? [{ path: [], message: `${kind} "${label}": the label is not a valid name: ${problem}` }] : [];
}

export function checkProject(project: ProjectConfig, config: GovernanceReferences): BlockIssue[] {
  const issues: BlockIssue[] = [];
  if (!PROJECT_NAME.test(project.name) || project.name.length > MAX_NAME_LENGTH) {
    issues.push({ path: [], message: `project "${project.name}": the label must be "<tenant>/<project>"` });
  } else if (project.name.split('/')[0] !== project.tenant) {
    issues.push({ path: ['tenant'], message: `project "${project.name}": the label's tenant and "tenant" disagree` });
  }
  if (!Object.hasOwn(config.tenants, project.tenant)) {
    issues.push({ path: ['tenant'], message: `project "${project.name}": tenant "${project.tenant}" is not declared`, hint: didYouMean(project.tenant, Object.keys(config.tenants)) });
  }
  return issues;
}
