import type { GatewayConfig, GovernanceKind, GovernanceValues } from '../config/config-types.js';
import { GOVERNANCE_FIELDS } from '../config/governance-input.js';
import type { GovernanceRows } from '../store/governance-repository.js';

/** Where an object comes from: aigrid.hcl (read-only) or the admin API / CLI (stored). */
export type GovernanceSource = 'config' | 'api';

export interface GovernanceEntry<T> {
  readonly value: T;
  readonly source: GovernanceSource;
  /** ISO-8601; null for objects from the config. */
  readonly createdAt: string | null;
  readonly updatedAt: string | null;
}

/**
 * The config's tenants, projects, budgets and limits together with the stored ones. The four
 * records have the config's field names and value shapes, so code written for the config (scope
 * checks, budget statuses) reads the merged view unchanged.
 */
export interface GovernanceView extends Pick<GatewayConfig, 'tenants' | 'projects' | 'budgets' | 'limits'> {
  entry<K extends GovernanceKind>(kind: K, name: string): GovernanceEntry<GovernanceValues[K]> | undefined;
  /** Config objects first (in file order), then stored ones by name. */
  entries<K extends GovernanceKind>(kind: K): GovernanceEntry<GovernanceValues[K]>[];
  /** Stored objects hidden because aigrid.hcl declares the same name (the config wins). */
  readonly shadowed: readonly string[];
}

export const GOVERNANCE_KINDS = Object.keys(GOVERNANCE_FIELDS) as GovernanceKind[];

/** Merges stored objects into the config's; a name declared in both is the config's. */
export function buildGovernanceView(config: GatewayConfig, rows: GovernanceRows): GovernanceView {
  const maps = {} as Record<GovernanceKind, Map<string, GovernanceEntry<GovernanceValues[GovernanceKind]>>>;
  const shadowed: string[] = [];
  for (const kind of GOVERNANCE_KINDS) {
    const map = new Map<string, GovernanceEntry<GovernanceValues[GovernanceKind]>>();
    for (const value of Object.values(config[GOVERNANCE_FIELDS[kind]])) map.set(value.name, { value, source: 'config', createdAt: null, updatedAt: null });
    for (const row of rows[kind]) {
      if (map.has(row.value.name)) shadowed.push(`${kind} "${row.value.name}"`);
      else map.set(row.value.name, { value: row.value, source: 'api', createdAt: row.createdAt, updatedAt: row.updatedAt });
    }
    maps[kind] = map;
  }
  const record = (kind: GovernanceKind) => Object.freeze(Object.fromEntries([...maps[kind]].map(([name, entry]) => [name, entry.value])));
  return {
    tenants: record('tenant') as GovernanceView['tenants'],
    projects: record('project') as GovernanceView['projects'],
    budgets: record('budget') as GovernanceView['budgets'],
    limits: record('limit') as GovernanceView['limits'],
    entry: <K extends GovernanceKind>(kind: K, name: string) => maps[kind].get(name) as GovernanceEntry<GovernanceValues[K]> | undefined,
    entries: <K extends GovernanceKind>(kind: K) => [...maps[kind].values()] as GovernanceEntry<GovernanceValues[K]>[],
    shadowed,
  };
}

/** Whether a scope lies within a tenant: the tenant itself, one of its models or one of its projects. */
export function scopeWithinTenant(scope: string, tenant: string): boolean {
  return scope === `tenant:${tenant}` || scope.startsWith(`tenant:${tenant}/`) || scope.startsWith(`project:${tenant}/`);
}

/** Whether an object is the tenant's: the tenant itself, its projects, and budgets and limits within it. */
export function belongsToTenant(value: GovernanceValues[GovernanceKind], tenant: string): boolean {
  if ('scope' in value) return scopeWithinTenant(value.scope, tenant);
  return 'tenant' in value ? value.tenant === tenant : value.name === tenant;
}

/** The names of the projects, budgets and limits that refer to a tenant or to a project. */
export function governanceReferences(view: GovernanceView, target: { tenant: string } | { project: string }): { projects: string[]; budgets: string[]; limits: string[] } {
  const within = 'tenant' in target ? (scope: string) => scopeWithinTenant(scope, target.tenant) : (scope: string) => scope === `project:${target.project}`;
  return {
    projects: 'tenant' in target ? Object.values(view.projects).filter((project) => project.tenant === target.tenant).map((project) => project.name) : [],
    budgets: Object.values(view.budgets).filter((budget) => within(budget.scope)).map((budget) => budget.name),
    limits: Object.values(view.limits).filter((limit) => within(limit.scope)).map((limit) => limit.name),
  };
}
