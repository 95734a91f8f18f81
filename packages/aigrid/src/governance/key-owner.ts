import { nameProblem, type NameKind } from '../config/names.js';
import { quoteClient } from '../spec/client-text.js';
import { GridError } from '../spec/grid-error.js';
import type { GovernanceView } from './governance-view.js';

/** Who a new key is for, as the admin API and the CLI receive it. */
export interface KeyOwnerInput {
  readonly name: string;
  readonly tenant: string;
  /** `<tenant>/<project>`, or absent. */
  readonly project?: string | null;
  /** Create the tenant when it does not exist (otherwise a missing tenant is refused). */
  readonly createTenant?: boolean;
}

/** How the caller tells the user to create a tenant: a CLI command or an API field. */
export interface KeyOwnerHints {
  readonly createTenant: string;
}

/**
 * Checks a new key's name, tenant and project with the naming rules of aigrid.hcl and against
 * the tenants and projects that exist (config ∪ managed). A missing tenant is refused unless
 * `createTenant` asks for it, so a typo in `--tenant` does not silently start a new tenant.
 *
 * @returns whether the caller must create the tenant before the key.
 * @throws GridError (`invalid_request`, `resource_not_found`) naming the field as `param`.
 */
export function checkKeyOwner(view: GovernanceView, input: KeyOwnerInput, hints: KeyOwnerHints): { createTenant: boolean } {
  invalidName('key', input.name, 'name');
  invalidName('tenant', input.tenant, 'tenant');
  if (input.project) {
    invalidName('project', input.project, 'project');
    if (!Object.hasOwn(view.projects, input.project)) throw new GridError('resource_not_found', `No project ${quoteClient(input.project)} exists.`, { param: 'project' });
    if (view.projects[input.project].tenant !== input.tenant) throw new GridError('invalid_request', `Project ${quoteClient(input.project)} belongs to another tenant.`, { param: 'project' });
  }
  const exists = Object.hasOwn(view.tenants, input.tenant);
  if (!exists && !input.createTenant) {
    throw new GridError('resource_not_found', `No tenant ${quoteClient(input.tenant)}: create it first, or ${hints.createTenant} to create it with the key.`, { param: 'tenant' });
  }
  return { createTenant: !exists };
}

function invalidName(kind: NameKind, name: string, param: string): void {
  const problem = nameProblem(kind, name);
  if (problem) throw new GridError('invalid_request', `Invalid ${kind} name ${quoteClient(name)}: ${problem}.`, { param });
}
