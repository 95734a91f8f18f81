import { z } from 'zod';
import type { GovernanceKind } from '../../config/config-types.js';
import { GovernanceAdmin } from '../../governance/governance-admin.js';
import { belongsToTenant } from '../../governance/governance-view.js';
import { GridError } from '../../spec/grid-error.js';
import type { GatewayDeps, RouteHandler } from '../gateway-deps.js';
import { readJsonBody, sendJson, validate } from '../http-io.js';
import { requireAdmin } from './admin-auth.js';
import { governanceJson } from '../../governance/governance-json.js';

/** The five handlers of one governance kind: `/admin/<kind>s` and `/admin/<kind>s/:name`. */
export interface GovernanceHandlers {
  readonly list: RouteHandler;
  readonly create: RouteHandler;
  readonly get: RouteHandler;
  readonly update: RouteHandler;
  readonly remove: RouteHandler;
}

// The object's attributes as in its aigrid.hcl block, plus its name; the block's schema checks the rest.
const createSchema = z.looseObject({ name: z.string().min(1).max(200) });

/** Changes go through GovernanceAdmin (validated, audited as `admin`); the gateway reloads at once. */
function admin(deps: GatewayDeps): GovernanceAdmin {
  return new GovernanceAdmin({
    config: deps.config,
    repository: deps.store.governance,
    keys: deps.store.keys,
    actor: 'admin',
    audit: (entry) => deps.audit.append(entry),
    onChange: () => deps.governance.reload(),
  });
}

/** The current view, after picking up changes other processes made (one cheap revision query). */
async function currentView(deps: GatewayDeps) {
  await deps.governance.refresh();
  return deps.governance.current.view;
}

/** Handlers for one kind, answering in the shapes of `governanceJson`. */
export function governanceHandlers(kind: GovernanceKind): GovernanceHandlers {
  const one = async (deps: GatewayDeps, name: string) => {
    const view = await currentView(deps);
    const entry = view.entry(kind, name);
    if (!entry) throw new GridError('resource_not_found', `No ${kind} '${name}'.`, { param: 'name' });
    return (await governanceJson(kind, [entry], view, deps.store.db))[0];
  };
  return {
    list: async (context, req, res, deps) => {
      requireAdmin(req, deps);
      const view = await currentView(deps);
      const tenant = new URL(req.url ?? '/', 'http://local').searchParams.get('tenant');
      const entries = view.entries(kind).filter((entry) => !tenant || belongsToTenant(entry.value, tenant));
      sendJson(res, context, 200, { object: 'list', data: await governanceJson(kind, entries, view, deps.store.db) });
    },
    create: async (context, req, res, deps) => {
      requireAdmin(req, deps);
      const { name, ...attributes } = validate(createSchema, await readJsonBody(req, deps.config.server.maxBodyBytes));
      await admin(deps).create(kind, name, attributes);
      sendJson(res, context, 201, await one(deps, name));
    },
    get: async (context, req, res, deps, params) => {
      requireAdmin(req, deps);
      sendJson(res, context, 200, await one(deps, params.name));
    },
    update: async (context, req, res, deps, params) => {
      requireAdmin(req, deps);
      await admin(deps).update(kind, params.name, await readJsonBody(req, deps.config.server.maxBodyBytes));
      sendJson(res, context, 200, await one(deps, params.name));
    },
    remove: async (context, req, res, deps, params) => {
      requireAdmin(req, deps);
      await admin(deps).remove(kind, params.name);
      sendJson(res, context, 200, { object: kind, name: params.name, deleted: true });
    },
  };
}
