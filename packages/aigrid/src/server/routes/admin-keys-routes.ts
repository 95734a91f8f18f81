import { z } from 'zod';
import { GridError } from '../../spec/grid-error.js';
import { GovernanceAdmin } from '../../governance/governance-admin.js';
import { checkKeyOwner } from '../../governance/key-owner.js';
import type { GatewayDeps, RouteHandler } from '../gateway-deps.js';
import { readJsonBody, sendJson, validate } from '../http-io.js';
import { requireAdmin } from './admin-auth.js';
import { keyJson, requestLogJson } from '../admin-json.js';

const createKeySchema = z.strictObject({
  name: z.string().min(1).max(100),
  tenant: z.string().min(1).max(100),
  project: z.string().min(1).max(200).nullable().optional(),
  models: z.array(z.string().min(1)).min(1).nullable().optional(),
  /** Create the tenant too when it does not exist; otherwise a missing tenant is refused. */
  create_tenant: z.boolean().optional(),
});

/** Creates a missing tenant for a key the way POST /admin/tenants does (validated, audited). */
const tenantAdmin = (deps: GatewayDeps) =>
  new GovernanceAdmin({ config: deps.config, repository: deps.store.governance, keys: deps.store.keys, actor: 'admin', audit: (entry) => deps.audit.append(entry), onChange: () => deps.governance.reload() });

/** POST /admin/keys: creates a key; the secret is in this response only. */
export const createKeyRoute: RouteHandler = async (context, req, res, deps) => {
  requireAdmin(req, deps);
  const input = validate(createKeySchema, await readJsonBody(req, deps.config.server.maxBodyBytes));
  const unknown = input.models?.find((model) => !deps.router.get(model));
  if (unknown) throw new GridError('model_not_found', `The model '${unknown}' does not exist.`, { param: 'models' });
  // Tenants and projects from aigrid.hcl or managed through the API / CLI, as of now.
  await deps.governance.refresh();
  const { createTenant } = checkKeyOwner(deps.governance.current.view, { ...input, createTenant: input.create_tenant }, { createTenant: 'send "create_tenant": true' });
  if (createTenant) await tenantAdmin(deps).create('tenant', input.tenant, {});
  const { record, secret } = await deps.store.keys.create({ name: input.name, tenant: input.tenant, project: input.project, models: input.models });
  deps.keys.forget();
  await deps.audit.append({ actor: 'admin', action: 'key.create', target: record.id, details: { tenant: record.tenant, project: record.project, name: record.name, prefix: record.prefix, models: record.models } });
  deps.logger.info('key created', { keyId: record.id, tenant: record.tenant });
  sendJson(res, context, 201, { ...keyJson(record), secret });
};

/** GET /admin/keys?tenant=&include_revoked=true */
export const listKeysRoute: RouteHandler = async (context, req, res, deps) => {
  requireAdmin(req, deps);
  const query = new URL(req.url ?? '/', 'http://local').searchParams;
  const keys = await deps.store.keys.list({
    tenant: query.get('tenant') ?? undefined,
    includeRevoked: query.get('include_revoked') === 'true',
  });
  sendJson(res, context, 200, { object: 'list', data: keys.map(keyJson) });
};

/** DELETE /admin/keys/:id revokes a key (idempotent). */
export const revokeKeyRoute: RouteHandler = async (context, req, res, deps, params) => {
  requireAdmin(req, deps);
  const record = await deps.store.keys.revoke(params.id);
  if (!record) throw new GridError('resource_not_found', `No key '${params.id}'.`, { param: 'id' });
  await deps.keys.refresh();
  await deps.audit.append({ actor: 'admin', action: 'key.revoke', target: record.id, details: { tenant: record.tenant, prefix: record.prefix } });
  deps.logger.info('key revoked', { keyId: record.id, tenant: record.tenant });
  sendJson(res, context, 200, keyJson(record));
};

/** GET /admin/requests?tenant=&since=&limit= : request-log rows, newest first. */
export const listRequestsRoute: RouteHandler = async (context, req, res, deps) => {
  requireAdmin(req, deps);
  const query = new URL(req.url ?? '/', 'http://local').searchParams;
  const limit = Math.min(Number(query.get('limit') ?? 100) || 100, 1000);
  const since = query.get('since') ? Number(query.get('since')) : undefined;
  const rows = await deps.store.requestLog.list({ tenant: query.get('tenant') ?? undefined, since, limit });
  sendJson(res, context, 200, { object: 'list', data: rows.map(requestLogJson) });
};
