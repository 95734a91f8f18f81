import type { RouteHandler } from '../gateway-deps.js';
import { sendJson } from '../http-io.js';
import { requireAdmin } from './admin-auth.js';
import { healthJson } from '../admin-json.js';

/** GET /admin/health: every deployment's circuit state, latency averages and cooldown. */
export const deploymentHealthRoute: RouteHandler = async (context, req, res, deps) => {
  requireAdmin(req, deps);
  sendJson(res, context, 200, { object: 'list', data: deps.router.health.snapshot().map(healthJson) });
};
