import { ADMIN_SCHEMAS, listOf, ref } from './admin-openapi-schemas.js';

// The admin API as an OpenAPI 3.1 document, served at GET /admin/openapi.json and described in
// docs/admin-api.md. test/admin-openapi.e2e.test.ts checks its paths against the route table and
// real responses against its schemas, so a route or member added without a line here fails a test.

type Schema = Record<string, unknown>;

interface Operation {
  readonly summary: string;
  readonly description?: string;
  readonly query?: Record<string, Schema & { description: string; required?: boolean }>;
  readonly body?: string;
  /** Success status and the schema (a components name, or a schema) of its body. */
  readonly ok: readonly [200 | 201, string | Schema];
  /** Error statuses beyond 401 and 403 (no key, not the admin key) that this operation answers with. */
  readonly errors?: readonly number[];
}

const ERROR_MEANINGS: Record<number, string> = {
  400: 'invalid request: a bad member, parameter or name (`invalid_request`, `invalid_json`, `unsupported_operation`)',
  401: 'no bearer key was sent (`missing_api_key`)',
  403: 'the key is not the admin key, or admin routes are disabled (`admin_key_required`)',
  404: 'no such object (`resource_not_found`, `model_not_found`)',
  409: 'the object exists, is declared in aigrid.hcl (read-only here) or is still in use (`resource_conflict`)',
  413: 'the body is larger than `server.max_body_bytes` (`body_too_large`)',
};

const tenantFilter = { tenant: { schema: { type: 'string' }, description: "only this tenant's objects" } };

/** The governance kinds: a collection and its items each (projects have no PATCH). */
function governancePaths(): Record<string, Record<string, Operation>> {
  const paths: Record<string, Record<string, Operation>> = {};
  for (const [kind, collection, type, item] of [
    ['tenant', 'tenants', 'Tenant', 'Tenant'],
    ['project', 'projects', 'Project', 'Project'],
    ['budget', 'budgets', 'Budget', 'Budget'],
    ['limit', 'limits', 'Limit', 'LimitItem'],
  ] as const) {
    paths[`/admin/${collection}`] = {
      get: { summary: `List ${collection}, from aigrid.hcl and managed ones`, query: tenantFilter, ok: [200, listOf(item)] },
      post: { summary: `Create a ${kind}`, body: `Create${type}`, ok: [201, item], errors: [400, 404, 409, 413] },
    };
    const itemPath = kind === 'project' ? '/admin/projects/{tenant}/{project}' : `/admin/${collection}/{name}`;
    paths[itemPath] = {
      get: { summary: `Read a ${kind}`, ok: [200, item], errors: [404] },
      ...(kind === 'project' ? {} : { patch: { summary: `Change a managed ${kind}: the members given (null removes one)`, body: `Patch${type}`, ok: [200, item] as const, errors: [400, 404, 409, 413] } }),
      delete: { summary: `Delete a managed ${kind} that nothing uses`, ok: [200, 'Deleted'], errors: [404, 409] },
    };
  }
  return paths;
}

const ADMIN_PATHS: Record<string, Record<string, Operation>> = {
  '/admin/openapi.json': { get: { summary: 'This document', ok: [200, { type: 'object', description: 'an OpenAPI 3.1 document' }] } },
  '/admin/keys': {
    get: {
      summary: 'List virtual keys (never their secrets)',
      query: { ...tenantFilter, include_revoked: { schema: { type: 'string', enum: ['true', 'false'] }, description: 'include revoked keys' } },
      ok: [200, listOf('ApiKey')],
    },
    post: { summary: 'Create a key; the secret is in this response only', body: 'CreateKeyRequest', ok: [201, 'CreatedApiKey'], errors: [400, 404, 413] },
  },
  '/admin/keys/{id}': { delete: { summary: 'Revoke a key (idempotent)', ok: [200, 'ApiKey'], errors: [404] } },
  '/admin/requests': {
    get: {
      summary: 'Request-log rows, newest first',
      query: {
        ...tenantFilter,
        since: { schema: { type: 'integer' }, description: 'epoch milliseconds, inclusive' },
        limit: { schema: { type: 'integer', minimum: 1, maximum: 1000, default: 100 }, description: 'rows at most' },
      },
      ok: [200, listOf('RequestLogEntry')],
    },
  },
  '/admin/health': { get: { summary: "Every deployment's circuit state, latency averages and cooldown", ok: [200, listOf('DeploymentHealth')] } },
  '/admin/providers': { get: { summary: 'Configured providers and where their key comes from (never the key)', ok: [200, listOf('Provider')] } },
  '/admin/providers/{name}/secret': {
    put: { summary: "Store a provider's API key encrypted and start using it", body: 'ProviderSecretRequest', ok: [200, 'ProviderSecret'], errors: [400, 404, 413] },
  },
  '/admin/usage': {
    get: {
      summary: "A tenant's usage and cost from the ledger",
      query: {
        tenant: { schema: { type: 'string' }, description: 'the tenant', required: true },
        by: { schema: { type: 'string', enum: ['model', 'key', 'project', 'day', 'hour'], default: 'model' }, description: 'how rows are grouped' },
        since: { schema: { type: 'string', default: '30d' }, description: 'start: 7d, 24h, 30m or an ISO date' },
      },
      ok: [200, 'UsageReport'],
      errors: [400],
    },
  },
  ...governancePaths(),
};

const schemaOf = (schema: string | Schema) => (typeof schema === 'string' ? ref(schema) : schema);
const json = (schema: string | Schema) => ({ 'application/json': { schema: schemaOf(schema) } });

function operationJson(path: string, operation: Operation): object {
  const pathParameters = [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({ name, in: 'path', required: true, schema: { type: 'string', pattern: '^[A-Za-z0-9._-]{1,100}$' } }));
  const query = Object.entries(operation.query ?? {}).map(([name, { description, required, schema }]) => ({ name, in: 'query', required: required ?? false, description, schema }));
  const errors = Object.fromEntries([401, 403, ...(operation.errors ?? [])].map((status) => [String(status), { $ref: `#/components/responses/Error${status}` }]));
  return {
    summary: operation.summary,
    ...(pathParameters.length || query.length ? { parameters: [...pathParameters, ...query] } : {}),
    ...(operation.body ? { requestBody: { required: true, content: json(operation.body) } } : {}),
    responses: { [String(operation.ok[0])]: { description: 'success', content: json(operation.ok[1]) }, ...errors },
  };
}

/** The document; built once, on first request. */
export function adminOpenApi(version: string): object {
  const paths = Object.fromEntries(
    Object.entries(ADMIN_PATHS).map(([path, operations]) => [path, Object.fromEntries(Object.entries(operations).map(([method, operation]) => [method, operationJson(path, operation)]))]),
  );
  return {
    openapi: '3.1.0',
    info: {
      title: 'aigrid admin API',
      version,
      description: 'Keys, governance, usage and deployment health of an aigrid gateway. Every route needs the admin key (server.admin_key) as a bearer token. Members are snake_case; money is integer *_micros with the same amount as a decimal *_usd number. See docs/admin-api.md.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    security: [{ adminKey: [] }],
    paths,
    components: {
      securitySchemes: { adminKey: { type: 'http', scheme: 'bearer', description: 'the admin key (server.admin_key or AIGRID_ADMIN_KEY)' } },
      schemas: ADMIN_SCHEMAS,
      responses: Object.fromEntries(Object.entries(ERROR_MEANINGS).map(([status, description]) => [`Error${status}`, { description, content: json('Error') }])),
    },
  };
}
