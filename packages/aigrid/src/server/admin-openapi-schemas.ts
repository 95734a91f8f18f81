import { ERROR_CODES } from '../spec/error-codes.js';

// The admin API's bodies as JSON Schema 2020-12 (the dialect of OpenAPI 3.1), built from data so
// the document stays in step with src/server/admin-json.ts and src/governance/governance-json.ts.
// Response objects list every member as required and allow no others, so a test that validates
// real responses against them catches a renamed or added member.

type Schema = Record<string, unknown>;

export const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const str = (description?: string): Schema => ({ type: 'string', ...(description ? { description } : {}) });
const int = (description?: string): Schema => ({ type: 'integer', ...(description ? { description } : {}) });
const num = (description?: string): Schema => ({ type: 'number', ...(description ? { description } : {}) });
const bool = (description?: string): Schema => ({ type: 'boolean', ...(description ? { description } : {}) });
const array = (items: Schema): Schema => ({ type: 'array', items });
/** The schema or null: a type list for plain types, `anyOf` for references. */
export const nullable = (schema: Schema): Schema => (typeof schema.type === 'string' ? { ...schema, type: [schema.type, 'null'] } : { anyOf: [schema, { type: 'null' }] });

/** A response object: every member present, no others. */
export const object = (properties: Record<string, Schema>, description?: string): Schema => ({
  type: 'object',
  ...(description ? { description } : {}),
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
});

/** A request body: `required` lists the members a client must send. */
const input = (properties: Record<string, Schema>, required: string[]): Schema => ({ type: 'object', properties, required, additionalProperties: false });

/** Money: integer micro-USD and the same amount as a decimal USD number. */
const money = (prefix: string, what: string): Record<string, Schema> => ({
  [`${prefix}_micros`]: int(`${what} in micro-USD (1 USD = 1,000,000)`),
  [`${prefix}_usd`]: num(`${what} in USD, the same amount as a decimal number`),
});

const origin = {
  source: { type: 'string', enum: ['config', 'api'], description: 'config: declared in aigrid.hcl (read-only here); api: managed through the API or CLI' },
  created_at: nullable(str('ISO-8601; null for objects from the config')),
  updated_at: nullable(str('ISO-8601; null for objects from the config')),
};

const usdAttribute = num('USD, a plain decimal amount');
const priceInput = input({ input: usdAttribute, cached_input: usdAttribute, cache_write: usdAttribute, output: usdAttribute }, []);
const prices = { type: 'object', description: 'catalog card id (`<provider>/<model>`) → negotiated prices in USD per million tokens', additionalProperties: priceInput };
const scope = str('tenant:<t>, project:<t>/<p>, key:<id>, model:<name> or tenant:<t>/model:<name>');
const period = { type: 'string', enum: ['day', 'week', 'month', 'total'] };
const name = str('lower-case letters, digits, `-` and `_` (see docs/governance.md)');

const limitMembers = {
  name: str(),
  scope,
  requests_per_minute: nullable(int()),
  tokens_per_minute: nullable(int()),
  concurrent: nullable(int()),
};

// Attributes as in the aigrid.hcl block (snake_case, amounts in USD); PATCH takes any of them, null removes one.
const tenantAttributes = { display_name: str(), allowed_regions: array(str()), prices };
const budgetAttributes = { scope, amount: num('USD per period'), period, hard: bool('refuse requests once spent (default true)') };
const limitAttributes = { scope, requests_per_minute: int(), tokens_per_minute: int(), concurrent: int() };
const patch = (attributes: Record<string, Schema>) => ({
  type: 'object',
  properties: Object.fromEntries(Object.entries(attributes).map(([key, schema]) => [key, nullable(schema)])),
  additionalProperties: false,
});

const apiKeyMembers = {
  id: str(),
  name: str(),
  tenant: str(),
  project: nullable(str('`<tenant>/<project>`')),
  prefix: str('start of the secret, safe to show'),
  models: nullable(array(str())),
  created_at: str('ISO-8601'),
  revoked_at: nullable(str('ISO-8601')),
};

export const ADMIN_SCHEMAS: Record<string, Schema> = {
  Error: object(
    {
      error: object({
        message: str('what went wrong and how to fix it; client values are quoted only as a short prefix'),
        type: str('OpenAI-style error type, e.g. invalid_request_error'),
        code: { type: 'string', enum: ERROR_CODES, description: 'stable machine-readable code (docs/errors.md)' },
        param: nullable(str('the parameter, body member or path segment at fault')),
      }),
    },
    'The one error envelope of the gateway, as OpenAI sends it.',
  ),
  ApiKey: object(apiKeyMembers),
  CreatedApiKey: object({ ...apiKeyMembers, secret: str('the key itself: shown in this response only') }),
  CreateKeyRequest: input(
    {
      name: str(),
      tenant: str(),
      project: nullable(str('`<tenant>/<project>`')),
      models: nullable(array(str())),
      create_tenant: bool('create the tenant when it does not exist (otherwise a missing tenant is refused)'),
    },
    ['name', 'tenant'],
  ),
  RequestLogEntry: object({
    id: str('the request id (x-request-id)'),
    ts: int('epoch milliseconds'),
    key_id: nullable(str()),
    tenant: nullable(str()),
    model: nullable(str()),
    provider: nullable(str()),
    endpoint: str(),
    status: int(),
    error_code: nullable(str()),
    latency_ms: num(),
    upstream_ms: nullable(num()),
    input_tokens: nullable(int()),
    output_tokens: nullable(int()),
    streamed: bool(),
    deployment: nullable(str()),
    attempts: nullable(int()),
    policy: nullable(str()),
    guard_findings: nullable(array({ type: 'object', properties: { type: str(), count: int(), uncertain: bool() }, required: ['type', 'count'], additionalProperties: false })),
  }),
  DeploymentHealth: object({
    id: str(),
    state: { type: 'string', enum: ['closed', 'open', 'half-open'] },
    consecutive_failures: int(),
    ewma_latency_ms: nullable(num()),
    ewma_ttft_ms: nullable(num()),
    cooldown_until: nullable(int('epoch milliseconds')),
    in_flight: int(),
    samples: int(),
  }),
  Provider: object({
    name: str(),
    type: str(),
    base_url: nullable(str()),
    key_source: { type: 'string', enum: ['config', 'stored', 'none'] },
    stored_key_id: nullable(str()),
    stored_updated_at: nullable(str('ISO-8601')),
  }),
  ProviderSecretRequest: input({ api_key: str() }, ['api_key']),
  ProviderSecret: object({ provider: str(), key_id: str('id of the encryption key that sealed it'), updated_at: str('ISO-8601') }),
  UsageRow: object({
    group: nullable({ type: ['string', 'integer'], description: 'model, key id or project (null: no project); for hour and day the bucket start in epoch ms' }),
    requests: int(),
    input_tokens: int(),
    output_tokens: int(),
    ...money('cost', 'cost'),
    estimated_requests: int('requests whose token counts were estimated'),
    incomplete_requests: int('requests with an unknown price: the cost is a lower bound'),
  }),
  UsageReport: object({
    object: { const: 'list' },
    tenant: str(),
    by: { type: 'string', enum: ['model', 'key', 'project', 'day', 'hour'] },
    since: str('ISO-8601'),
    data: array(ref('UsageRow')),
  }),
  Limit: object(limitMembers),
  Tenant: object({
    name: str(),
    display_name: nullable(str()),
    allowed_regions: nullable(array(str())),
    prices: { ...prices, additionalProperties: { type: 'object', additionalProperties: num() } },
    projects: array(str()),
    budgets: array(str()),
    limits: array(ref('Limit')),
    ...origin,
  }),
  Project: object({ name: str('`<tenant>/<project>`'), tenant: str(), ...origin }),
  Budget: object({
    name: str(),
    scope,
    period,
    period_id: str('the current period, e.g. 2026-12'),
    hard: bool(),
    ...money('amount', 'the budget per period'),
    ...money('spent', 'spent in the current period (settled usage)'),
    ...money('remaining', 'left in the current period'),
    ...origin,
  }),
  LimitItem: object({ ...limitMembers, ...origin }),
  Deleted: object({ object: { type: 'string', enum: ['tenant', 'project', 'budget', 'limit'] }, name: str(), deleted: { const: true } }),
  CreateTenant: input({ name, ...tenantAttributes }, ['name']),
  CreateProject: input({ name: str('`<tenant>/<project>`; the tenant must exist') }, ['name']),
  CreateBudget: input({ name, ...budgetAttributes }, ['name', 'scope', 'amount']),
  CreateLimit: input({ name, ...limitAttributes }, ['name', 'scope']),
  PatchTenant: patch(tenantAttributes),
  PatchBudget: patch(budgetAttributes),
  PatchLimit: patch(limitAttributes),
};

/** A `{ object: 'list', data: [...] }` response of `item`s. */
export const listOf = (item: string): Schema => object({ object: { const: 'list' }, data: array(ref(item)) });
