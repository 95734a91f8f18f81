import type { RouteHandler } from './gateway-deps.js';
import type { ErrorEnvelopeStyle } from './http-io.js';
import { messagesRoute } from './routes/messages-route.js';
import { deploymentHealthRoute } from './routes/admin-health-route.js';
import { usageRoute } from './routes/admin-usage-route.js';
import { budgetsRoute, tenantsRoute } from './routes/admin-governance-routes.js';
import { listProvidersRoute, putProviderSecretRoute } from './routes/admin-secrets-routes.js';
import { chatCompletionsRoute } from './routes/chat-completions-route.js';
import { embeddingsRoute } from './routes/embeddings-route.js';
import { modelsRoute } from './routes/models-route.js';
import { catalogRoute } from './routes/catalog-route.js';
import { healthRoute, metricsRoute, readyRoute } from './routes/health-routes.js';
import { createKeyRoute, listKeysRoute, listRequestsRoute, revokeKeyRoute } from './routes/admin-keys-routes.js';

interface RouteEntry {
  readonly handler: RouteHandler;
  /** Whether the request is an API call that belongs in the request log. */
  readonly logged: boolean;
  /** Error envelope of the route's API family; OpenAI's unless stated. */
  readonly envelope?: ErrorEnvelopeStyle;
}

const STATIC: Record<string, Record<string, RouteEntry>> = {
  '/v1/chat/completions': { POST: { handler: chatCompletionsRoute, logged: true } },
  '/v1/embeddings': { POST: { handler: embeddingsRoute, logged: true } },
  '/v1/messages': { POST: { handler: messagesRoute, logged: true, envelope: 'anthropic' } },
  '/v1/models': { GET: { handler: modelsRoute, logged: true } },
  '/v1/catalog': { GET: { handler: catalogRoute, logged: true } },
  '/healthz': { GET: { handler: healthRoute, logged: false } },
  '/readyz': { GET: { handler: readyRoute, logged: false } },
  '/metrics': { GET: { handler: metricsRoute, logged: false } },
  '/admin/keys': { GET: { handler: listKeysRoute, logged: false }, POST: { handler: createKeyRoute, logged: false } },
  '/admin/requests': { GET: { handler: listRequestsRoute, logged: false } },
  '/admin/health': { GET: { handler: deploymentHealthRoute, logged: false } },
  '/admin/providers': { GET: { handler: listProvidersRoute, logged: false } },
  '/admin/usage': { GET: { handler: usageRoute, logged: false } },
  '/admin/budgets': { GET: { handler: budgetsRoute, logged: false } },
  '/admin/tenants': { GET: { handler: tenantsRoute, logged: false } },
};

const KEY_PATH = /^\/admin\/keys\/([A-Za-z0-9_-]{1,100})$/;
const SECRET_PATH = /^\/admin\/providers\/([A-Za-z0-9._-]{1,100})\/secret$/;

export type RouteMatch =
  | { kind: 'found'; entry: RouteEntry; params: Record<string, string> }
  | { kind: 'method_not_allowed'; allowed: string[] }
  | { kind: 'not_found' };

/** Matches a method and path (without query string) against the gateway's routes. */
export function matchRoute(method: string, path: string): RouteMatch {
  let methods = STATIC[path];
  let params: Record<string, string> = {};
  if (!methods) {
    const key = KEY_PATH.exec(path);
    const secret = SECRET_PATH.exec(path);
    if (key) {
      methods = { DELETE: { handler: revokeKeyRoute, logged: false } };
      params = { id: key[1] };
    } else if (secret) {
      methods = { PUT: { handler: putProviderSecretRoute, logged: false } };
      params = { name: secret[1] };
    } else return { kind: 'not_found' };
  }
  const entry = Object.hasOwn(methods, method) ? methods[method] : undefined;
  if (!entry) return { kind: 'method_not_allowed', allowed: Object.keys(methods) };
  return { kind: 'found', entry, params };
}
