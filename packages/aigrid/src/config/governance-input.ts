import { BLOCK_KINDS, type BlockKind } from './config-blocks.js';
import type { BudgetConfig, GatewayConfig, GovernanceKind, GovernanceValues, LimitConfig, ProjectConfig, TenantConfig } from './config-types.js';
import type { GovernanceReferences } from './governance-schema.js';
import { nameProblem } from './names.js';

// Governance objects given through the admin API or CLI are built by the same blocks as
// aigrid.hcl: the block's zod schema, its builder and its cross-block check, so both sources
// follow one set of rules. Attributes are written as in the file (snake_case, amounts in USD).

/** The config field holding each kind. */
export const GOVERNANCE_FIELDS = { tenant: 'tenants', project: 'projects', budget: 'budgets', limit: 'limits' } as const satisfies Record<GovernanceKind, keyof GatewayConfig>;

/** A problem with the input: `path` names the attribute (`['name']` for the name). */
export interface GovernanceInputIssue {
  readonly path: readonly string[];
  readonly message: string;
}

export type GovernanceBuild<K extends GovernanceKind> = { ok: true; value: GovernanceValues[K] } | { ok: false; issue: GovernanceInputIssue };

/** Why `name` cannot name an object of `kind`, or undefined when it can (the rules of names.ts). */
export function governanceNameProblem(kind: GovernanceKind, name: string): string | undefined {
  return nameProblem(kind, name);
}

/**
 * Builds a governance object from its attributes with its block's schema, builder and check.
 * `references` are the tenants and projects its scope or tenant may name (config and managed).
 */
export function buildGovernanceObject<K extends GovernanceKind>(kind: K, name: string, attributes: unknown, references: GovernanceReferences): GovernanceBuild<K> {
  const nameProblem = governanceNameProblem(kind, name);
  if (nameProblem) return { ok: false, issue: { path: ['name'], message: nameProblem } };
  const block = BLOCK_KINDS.find((candidate) => candidate.field === GOVERNANCE_FIELDS[kind]) as BlockKind;
  const parsed = block.schema.safeParse(attributes);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // An unknown attribute is reported on the object; name the attribute instead.
    const path = issue.code === 'unrecognized_keys' ? [issue.keys[0]] : issue.path.map(String);
    // A bad record key's own reason is nested ("keys are catalog card ids…").
    const message = issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message;
    return { ok: false, issue: { path, message } };
  }
  const value = block.build(parsed.data, name) as GovernanceValues[K];
  // The governance checks read only `tenants` and `projects`.
  const [problem] = block.check?.(value, references as GatewayConfig, {}) ?? [];
  if (problem) {
    const hint = problem.hint?.startsWith('did you mean') ? ` (${problem.hint})` : '';
    return { ok: false, issue: { path: problem.path.map(String), message: `${problem.message}${hint}` } };
  }
  return { ok: true, value };
}

const usd = (micros: number | undefined) => (micros === undefined ? undefined : micros / 1_000_000);

/** Drops absent attributes, as a block that does not write them. */
function written(attributes: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(attributes).filter(([, value]) => value !== undefined));
}

/** The attributes a block would write to build `value`: the inverse of the builders. */
export function governanceAttributes<K extends GovernanceKind>(kind: K, value: GovernanceValues[K]): Record<string, unknown> {
  const object = value as GovernanceValues[GovernanceKind];
  switch (kind) {
    case 'tenant': {
      const tenant = object as TenantConfig;
      const prices = Object.entries(tenant.prices).map(([card, price]) => [
        card,
        written({ input: usd(price.inputPerMTok), cached_input: usd(price.cachedInputPerMTok), cache_write: usd(price.cacheWritePerMTok), output: usd(price.outputPerMTok) }),
      ]);
      return written({ display_name: tenant.displayName, allowed_regions: tenant.allowedRegions, prices: prices.length ? Object.fromEntries(prices) : undefined });
    }
    case 'project':
      return { tenant: (object as ProjectConfig).tenant };
    case 'budget': {
      const budget = object as BudgetConfig;
      return { scope: budget.scope, amount: usd(budget.amountMicros), period: budget.period, hard: budget.hard };
    }
    default: {
      const limit = object as LimitConfig;
      return written({ scope: limit.scope, requests_per_minute: limit.requestsPerMinute, tokens_per_minute: limit.tokensPerMinute, concurrent: limit.concurrent });
    }
  }
}
