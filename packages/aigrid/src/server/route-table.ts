import type { RouteHandler } from './gateway-deps.js';
import type { ErrorEnvelopeStyle } from './http-io.js';
import { messagesRoute } from './routes/messages-route.js';
import { deploymentHealthRoute } from './routes/admin-health-route.js';
import { usageRoute } from './routes/admin-usage-route.js';
import { governanceHandlers } from './routes/admin-governance-routes.js';
import { listProvidersRoute, putProviderSecretRoute } from './routes/admin-secrets-routes.js';
import { chatCompletionsRoute } from './routes/chat-completions-route.js';
import { embeddingsRoute } from './routes/embeddings-route.js';
import { modelsRoute } from './routes/models-route.js';
import { catalogRoute } from './routes/catalog-route.js';
import { healthRoute, metricsRoute, readyRoute } from './routes/health-routes.js';
import { createKeyRoute, listKeysRoute, listRequestsRoute, revokeKeyRoute } from './routes/admin-keys-routes.js';
import { adminOpenApiRoute } from './routes/admin-openapi-route.js';

interface RouteEntry {
  readonly handler: RouteHandler;
  /** Whether the request is an API call that belongs in the request log. */
  readonly logged: boolean;
  /**
   * Whether the body holds user text that reaches a model. Such a route must go through the
   * guarded stage (guardPlan: policy, guard, plan, admission); test/guarded-routes.e2e.test.ts
   * sends each one sensitive text under a blocking policy. Required, so every new route decides.
   */
  readonly carriesText: boolean;
  /** Error envelope of the route's API family; OpenAI's unless stated. */
  readonly envelope?: ErrorEnvelopeStyle;
}

// Admin routes carry no text for a model: their bodies configure the gateway.
const admin = (handler: RouteHandler): RouteEntry => ({ handler, logged: false, carriesText: false });

const STATIC: Record<string, Record<string, RouteEntry>> = {
  '/v1/chat/completions': { POST: { handler: chatCompletionsRoute, logged: true, carriesText: true } },
  '/v1/embeddings': { POST: { handler: embeddingsRoute, logged: true, carriesText: true } },
  '/v1/messages': { POST: { handler: messagesRoute, logged: true, carriesText: true, envelope: 'anthropic' } },
  '/v1/models': { GET: { handler: modelsRoute, logged: true, carriesText: false } },
  '/v1/catalog': { GET: { handler: catalogRoute, logged: true, carriesText: false } },
  '/healthz': { GET: { handler: healthRoute, logged: false, carriesText: false } },
  '/readyz': { GET: { handler: readyRoute, logged: false, carriesText: false } },
  '/metrics': { GET: { handler: metricsRoute, logged: false, carriesText: false } },
  '/admin/keys': { GET: admin(listKeysRoute), POST: admin(createKeyRoute) },
  '/admin/requests': { GET: admin(listRequestsRoute) },
  '/admin/health': { GET: admin(deploymentHealthRoute) },
  '/admin/providers': { GET: admin(listProvidersRoute) },
  '/admin/usage': { GET: admin(usageRoute) },
  '/admin/openapi.json': { GET: admin(adminOpenApiRoute) },
};

/** Paths with parameters (named groups), tried in order after the static paths. */
const PATTERNS: Array<readonly [RegExp, Record<string, RouteEntry>]> = [
  [/^\/admin\/keys\/(?<id>[A-Za-z0-9_-]{1,100})$/, { DELETE: admin(revokeKeyRoute) }],
  [/^\/admin\/providers\/(?<name>[A-Za-z0-9._-]{1,100})\/secret$/, { PUT: admin(putProviderSecretRoute) }],
];

// Tenants, projects, budgets and limits: a collection and its items each. A project's name is
// `<tenant>/<project>`, so its item path has two segments; projects have nothing to PATCH.
const OBJECT_NAME = '[A-Za-z0-9._-]{1,100}';
for (const [kind, collection] of [['tenant', 'tenants'], ['project', 'projects'], ['budget', 'budgets'], ['limit', 'limits']] as const) {
  const handlers = governanceHandlers(kind);
  STATIC[`/admin/${collection}`] = { GET: admin(handlers.list), POST: admin(handlers.create) };
  const name = kind === 'project' ? `${OBJECT_NAME}/${OBJECT_NAME}` : OBJECT_NAME;
  const item: Record<string, RouteEntry> = { GET: admin(handlers.get), PATCH: admin(handlers.update), DELETE: admin(handlers.remove) };
  if (kind === 'project') delete item.PATCH;
  PATTERNS.push([new RegExp(`^/admin/${collection}/(?<name>${name})$`), item]);
}

/** One method on one path of the route table, for tests and docs that walk it. */
export interface RouteListing {
  readonly method: string;
  /** The literal path, or a parameterised path's pattern source (`^\/admin\/keys\/(?<id>…)$`). */
  readonly path: string;
  readonly parameterised: boolean;
  readonly carriesText: boolean;
  readonly envelope: ErrorEnvelopeStyle;
}

/** Every route the gateway answers, static paths first. */
export function listRoutes(): RouteListing[] {
  const listing = (path: string, parameterised: boolean, methods: Record<string, RouteEntry>) =>
    Object.entries(methods).map(([method, entry]): RouteListing => ({ method, path, parameterised, carriesText: entry.carriesText, envelope: entry.envelope ?? 'openai' }));
  return [
    ...Object.entries(STATIC).flatMap(([path, methods]) => listing(path, false, methods)),
    ...PATTERNS.flatMap(([pattern, methods]) => listing(pattern.source, true, methods)),
  ];
}

export type RouteMatch =
  | { kind: 'found'; entry: RouteEntry; params: Record<string, string> }
  | { kind: 'method_not_allowed'; allowed: string[] }
  | { kind: 'not_found' };

/** Matches a method and path (without query string) against the gateway's routes. */
export function matchRoute(method: string, path: string): RouteMatch {
  let methods = Object.hasOwn(STATIC, path) ? STATIC[path] : undefined;
  let params: Record<string, string> = {};
  for (const [pattern, entries] of methods ? [] : PATTERNS) {
    const match = pattern.exec(path);
    if (!match) continue;
    methods = entries;
    params = { ...match.groups };
    break;
  }
  if (!methods) return { kind: 'not_found' };
  const entry = Object.hasOwn(methods, method) ? methods[method] : undefined;
  if (!entry) return { kind: 'method_not_allowed', allowed: Object.keys(methods) };
  return { kind: 'found', entry, params };
}
