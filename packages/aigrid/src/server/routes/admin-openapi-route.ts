import { createRequire } from 'node:module';
import { adminOpenApi } from '../admin-openapi.js';
import type { RouteHandler } from '../gateway-deps.js';
import { sendJson } from '../http-io.js';
import { requireAdmin } from './admin-auth.js';

// Built and serialised once: the document depends only on the code.
let payload: string | undefined;

/** GET /admin/openapi.json: the admin API as an OpenAPI 3.1 document (admin key, like the rest). */
export const adminOpenApiRoute: RouteHandler = async (context, req, res, deps) => {
  requireAdmin(req, deps);
  payload ??= JSON.stringify(adminOpenApi((createRequire(import.meta.url)('../../../package.json') as { version: string }).version));
  sendJson(res, context, 200, payload);
};
