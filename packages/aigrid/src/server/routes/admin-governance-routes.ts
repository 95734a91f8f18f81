import { budgetStatuses } from '../../metering/budget-status.js';
import { formatMicros } from '../../metering/report-window.js';
import type { RouteHandler } from '../gateway-deps.js';
import { sendJson } from '../http-io.js';
import { requireAdmin } from './admin-auth.js';

/** GET /admin/budgets?tenant= — each budget with what its current period has spent. */
export const budgetsRoute: RouteHandler = async (context, req, res, deps) => {
  requireAdmin(req, deps);
  const tenant = new URL(req.url ?? '/', 'http://local').searchParams.get('tenant');
  const budgets = Object.values(deps.config.budgets).filter((budget) => !tenant || budget.scope.startsWith(`tenant:${tenant}`) || budget.scope.startsWith(`project:${tenant}/`));
  const data = (await budgetStatuses(deps.store.db, budgets)).map((status) => ({
    ...status,
    spent_usd: formatMicros(status.spentMicros),
    remaining_usd: formatMicros(status.remainingMicros),
  }));
  sendJson(res, context, 200, { object: 'list', data });
};

/** GET /admin/tenants — declared tenants, their projects, budgets and limits. */
export const tenantsRoute: RouteHandler = async (context, req, res, deps) => {
  requireAdmin(req, deps);
  const { config } = deps;
  const data = Object.values(config.tenants).map((tenant) => ({
    name: tenant.name,
    allowed_regions: tenant.allowedRegions ?? null,
    projects: Object.values(config.projects).filter((project) => project.tenant === tenant.name).map((project) => project.name),
    budgets: Object.values(config.budgets).filter((budget) => budget.scope.includes(`${tenant.name}`)).map((budget) => budget.name),
    limits: Object.values(config.limits).filter((limit) => limit.scope.includes(`${tenant.name}`)).map((limit) => ({ name: limit.name, scope: limit.scope, requests_per_minute: limit.requestsPerMinute ?? null, tokens_per_minute: limit.tokensPerMinute ?? null, concurrent: limit.concurrent ?? null })),
  }));
  sendJson(res, context, 200, { object: 'list', data });
};
