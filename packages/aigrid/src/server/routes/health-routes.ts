import type { RouteHandler } from '../gateway-deps.js';
import { sendJson } from '../http-io.js';
import { requireAdmin } from './admin-auth.js';

/** GET /healthz: the process is alive. */
export const healthRoute: RouteHandler = async (context, _req, res) => {
  sendJson(res, context, 200, { status: 'ok' });
};

/** GET /readyz: the store answers and the request log is keeping up. */
export const readyRoute: RouteHandler = async (context, _req, res, deps) => {
  const ready = deps.isReady();
  sendJson(res, context, ready ? 200 : 503, { status: ready ? 'ready' : 'not_ready' });
};

/** GET /metrics: Prometheus text format. Needs the admin key when one is configured. */
export const metricsRoute: RouteHandler = async (context, req, res, deps) => {
  if (deps.config.server.adminKey) requireAdmin(req, deps);
  const body = await deps.metrics.registry.metrics();
  context.complete(200);
  res.writeHead(200, { 'content-type': deps.metrics.registry.contentType, 'x-request-id': context.id });
  res.end(body);
};
