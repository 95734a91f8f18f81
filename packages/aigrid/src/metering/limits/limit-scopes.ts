import type { Scope } from './limit-types.js';

/** Who a request is for; each present part becomes one scope. */
export interface RequestIdentity {
  readonly tenant: string;
  /** `acme/search`: the project within the tenant. */
  readonly project?: string;
  readonly key: string;
  /** The caller's end user (`user` field or header), when given. */
  readonly user?: string;
  /** The public model name the request asked for (`acme/gpt-4o`). */
  readonly model: string;
}

/** The scopes of a request, broadest first: `tenant:…`, `project:…`, `key:…`, `user:…`, `model:…`. */
export function requestScopes(identity: RequestIdentity): Scope[] {
  const scopes = [`tenant:${identity.tenant}`];
  if (identity.project) scopes.push(`project:${identity.project}`);
  scopes.push(`key:${identity.key}`);
  // End users are named by callers: scope them under the tenant so two tenants' "alice" differ.
  if (identity.user) scopes.push(`user:${identity.tenant}/${identity.user}`);
  scopes.push(`model:${identity.model}`);
  return scopes;
}
