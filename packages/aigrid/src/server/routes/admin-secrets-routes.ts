import { z } from 'zod';
import { GridError } from '../../spec/grid-error.js';
import type { GatewayDeps, RouteHandler } from '../gateway-deps.js';
import { readJsonBody, sendJson, validate } from '../http-io.js';
import { requireAdmin } from './admin-auth.js';
import { createProviders } from '../../providers/provider-registry.js';

const secretSchema = z.strictObject({ api_key: z.string().min(1).max(4096) });

function knownProvider(deps: GatewayDeps, name: string) {
  const provider = Object.hasOwn(deps.config.providers, name) ? deps.config.providers[name] : undefined;
  if (!provider) throw new GridError('resource_not_found', `No provider '${name}' is configured.`, { param: 'provider' });
  return provider;
}

/** PUT /admin/providers/:name/secret — stores the provider's API key encrypted and starts using it. */
export const putProviderSecretRoute: RouteHandler = async (context, req, res, deps, params) => {
  requireAdmin(req, deps);
  const provider = knownProvider(deps, params.name);
  const { api_key } = validate(secretSchema, await readJsonBody(req, deps.config.server.maxBodyBytes));
  let info;
  try {
    info = await deps.secrets.set(provider.name, api_key);
  } catch (error) {
    throw new GridError('unsupported_operation', (error as Error).message);
  }
  const previous = deps.providers.get(provider.name);
  const [adapter] = createProviders({ [provider.name]: { ...provider, apiKey: api_key } }).values();
  deps.providers.set(provider.name, adapter);
  void previous?.close();
  await deps.audit.append({ actor: 'admin', action: 'secret.store', target: provider.name, details: { keyId: info.keyId } });
  deps.logger.info('provider secret stored', { provider: provider.name, keyId: info.keyId });
  sendJson(res, context, 200, { provider: info.provider, key_id: info.keyId, updated_at: info.updatedAt });
};

/** GET /admin/providers — configured providers and whether a stored secret exists (never the secret). */
export const listProvidersRoute: RouteHandler = async (context, req, res, deps) => {
  requireAdmin(req, deps);
  const stored = new Map((await deps.secrets.list()).map((info) => [info.provider, info]));
  const data = Object.values(deps.config.providers).map((provider) => ({
    name: provider.name,
    type: provider.type,
    base_url: provider.baseUrl,
    key_source: provider.apiKey ? 'config' : stored.has(provider.name) ? 'stored' : 'none',
    stored_key_id: stored.get(provider.name)?.keyId ?? null,
    stored_updated_at: stored.get(provider.name)?.updatedAt ?? null,
  }));
  sendJson(res, context, 200, { object: 'list', data });
};
