import type { AuditEntryInput } from '../audit/index.js';
import type { GatewayConfig, GovernanceKind, GovernanceValues } from '../config/config-types.js';
import { buildGovernanceObject, governanceAttributes, type GovernanceInputIssue } from '../config/governance-input.js';
import { GridError } from '../spec/grid-error.js';
import type { GovernanceRepository } from '../store/governance-repository.js';
import type { KeyRepository } from '../store/key-repository.js';
import { buildGovernanceView, governanceReferences, type GovernanceEntry, type GovernanceView } from './governance-view.js';

export interface GovernanceAdminOptions {
  readonly config: GatewayConfig;
  readonly repository: GovernanceRepository;
  /** For refusing to delete a tenant or project that active keys still belong to. */
  readonly keys: Pick<KeyRepository, 'list'>;
  /** `admin` (admin API) or `cli`, as the audit log names who acted. */
  readonly actor: string;
  /** Appends to the audit log (`AuditLog.append`). */
  readonly audit: (entry: AuditEntryInput) => Promise<unknown>;
  /** Called after every successful change (the gateway reloads its governance state). */
  readonly onChange?: () => Promise<void>;
}

const LABELS: Record<GovernanceKind, string> = { tenant: 'Tenant', project: 'Project', budget: 'Budget', limit: 'Limit' };

type Attributes = Record<string, unknown>;

/**
 * Creates, changes and deletes stored tenants, projects, budgets and limits — for the admin API
 * and the CLI alike. Every change is validated by the config's own block rules against a fresh
 * view of config ∪ database, refused for objects aigrid.hcl declares, and audited.
 * Failures are GridErrors (the API's envelope; the CLI prints the message).
 */
export class GovernanceAdmin {
  constructor(private readonly options: GovernanceAdminOptions) {}

  /** Config ∪ stored objects, read now. */
  async view(): Promise<GovernanceView> {
    return buildGovernanceView(this.options.config, await this.options.repository.load());
  }

  async create<K extends GovernanceKind>(kind: K, name: string, attributes: Attributes): Promise<GovernanceEntry<GovernanceValues[K]>> {
    const view = await this.view();
    const existing = view.entry(kind, name);
    if (existing) throw existing.source === 'config' ? declared(kind, name) : taken(kind, name);
    // A project's tenant is the first part of its name unless given.
    const given = kind === 'project' ? { tenant: name.split('/')[0], ...attributes } : attributes;
    const value = built(kind, name, given, view);
    const stored = await this.options.repository.insert(kind, value);
    if (!stored) throw taken(kind, name);
    await this.changed(`${kind}.create`, name, governanceAttributes(kind, value));
    return { ...stored, source: 'api' };
  }

  /** Applies `patch` to the object's attributes (null removes one) and validates the result whole. */
  async update<K extends GovernanceKind>(kind: K, name: string, patch: Attributes): Promise<GovernanceEntry<GovernanceValues[K]>> {
    const view = await this.view();
    const previous = governanceAttributes(kind, this.stored(view, kind, name).value);
    const merged = Object.fromEntries(Object.entries({ ...previous, ...patch }).filter(([, value]) => value !== null));
    const value = built(kind, name, merged, view);
    const stored = await this.options.repository.update(kind, value);
    if (!stored) throw missing(kind, name);
    await this.changed(`${kind}.update`, name, { ...governanceAttributes(kind, value), previous });
    return { ...stored, source: 'api' };
  }

  /** Creates the object, or updates it with `attributes` when it is already stored. */
  async set<K extends GovernanceKind>(kind: K, name: string, attributes: Attributes): Promise<{ entry: GovernanceEntry<GovernanceValues[K]>; created: boolean }> {
    const existing = (await this.view()).entry(kind, name);
    if (existing?.source === 'api') return { entry: await this.update(kind, name, attributes), created: false };
    return { entry: await this.create(kind, name, attributes), created: true };
  }

  /** Deletes a stored object; a tenant or project that anything still refers to is refused. */
  async remove(kind: GovernanceKind, name: string): Promise<void> {
    const view = await this.view();
    const previous = this.stored(view, kind, name).value;
    if (kind === 'tenant' || kind === 'project') await this.assertUnused(view, kind, name);
    if (!(await this.options.repository.remove(kind, name))) throw missing(kind, name);
    await this.changed(`${kind}.delete`, name, governanceAttributes(kind, previous));
  }

  private stored<K extends GovernanceKind>(view: GovernanceView, kind: K, name: string): GovernanceEntry<GovernanceValues[K]> {
    const entry = view.entry(kind, name);
    if (!entry) throw missing(kind, name);
    if (entry.source === 'config') throw declared(kind, name);
    return entry;
  }

  private async assertUnused(view: GovernanceView, kind: 'tenant' | 'project', name: string): Promise<void> {
    const references = governanceReferences(view, kind === 'tenant' ? { tenant: name } : { project: name });
    const keys = (await this.options.keys.list(kind === 'tenant' ? { tenant: name } : { tenant: name.split('/')[0] })).filter((key) => kind === 'tenant' || key.project === name);
    const uses = [
      references.projects.length ? `projects ${references.projects.join(', ')}` : '',
      references.budgets.length ? `budgets ${references.budgets.join(', ')}` : '',
      references.limits.length ? `limits ${references.limits.join(', ')}` : '',
      keys.length ? `${keys.length} active key${keys.length === 1 ? '' : 's'}` : '',
    ].filter(Boolean);
    if (uses.length === 0) return;
    throw new GridError('resource_conflict', `${LABELS[kind]} '${name}' is still in use by ${uses.join('; ')}: delete or revoke them first.`);
  }

  private async changed(action: string, target: string, details: Attributes): Promise<void> {
    await this.options.onChange?.();
    // Attributes are plain JSON: what a config block holds.
    await this.options.audit({ actor: this.options.actor, action, target, details: details as AuditEntryInput['details'] });
  }
}

function built<K extends GovernanceKind>(kind: K, name: string, attributes: Attributes, view: GovernanceView): GovernanceValues[K] {
  const result = buildGovernanceObject(kind, name, attributes, view);
  if (!result.ok) throw invalid(kind, name, result.issue);
  return result.value;
}

function invalid(kind: GovernanceKind, name: string, issue: GovernanceInputIssue): GridError {
  if (issue.path[0] === 'name') return new GridError('invalid_request', `Invalid ${kind} name '${name}': ${issue.message}.`, { param: 'name' });
  const param = issue.path.length ? issue.path.join('.') : null;
  return new GridError('invalid_request', param ? `Invalid value for '${param}': ${issue.message}` : issue.message, { param });
}

function declared(kind: GovernanceKind, name: string): GridError {
  return new GridError('resource_conflict', `${LABELS[kind]} '${name}' is declared in aigrid.hcl, so it is read-only here: change it in the config file.`, { param: 'name' });
}

function taken(kind: GovernanceKind, name: string): GridError {
  return new GridError('resource_conflict', `${LABELS[kind]} '${name}' already exists.`, { param: 'name' });
}

function missing(kind: GovernanceKind, name: string): GridError {
  return new GridError('resource_not_found', `No ${kind} '${name}'.`, { param: 'name' });
}
