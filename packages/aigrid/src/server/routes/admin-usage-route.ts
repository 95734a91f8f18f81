import { parseSince } from '../../metering/report-window.js';
import { REPORT_DIMENSIONS, usageReport, type ReportDimension } from '../../metering/usage-report.js';
import { GridError } from '../../spec/grid-error.js';
import type { RouteHandler } from '../gateway-deps.js';
import { sendJson } from '../http-io.js';
import { requireAdmin } from './admin-auth.js';
import { usageRowJson } from '../admin-json.js';

/** GET /admin/usage?tenant=acme&by=model&since=7d — usage and cost from the ledger's roll-ups. */
export const usageRoute: RouteHandler = async (context, req, res, deps) => {
  requireAdmin(req, deps);
  const query = new URL(req.url ?? '/', 'http://local').searchParams;
  const tenant = query.get('tenant');
  if (!tenant) throw new GridError('invalid_request', "Give the tenant: '?tenant=<name>'.", { param: 'tenant' });
  const by = (query.get('by') ?? 'model') as ReportDimension;
  if (!REPORT_DIMENSIONS.includes(by)) throw new GridError('invalid_request', `'by' must be one of ${REPORT_DIMENSIONS.join(', ')}.`, { param: 'by' });
  const since = parseSince(query.get('since') ?? '30d');
  if (since === undefined) throw new GridError('invalid_request', "'since' must look like 7d, 24h or an ISO date.", { param: 'since' });
  const rows = await usageReport(deps.store.db, { tenant, by, since, until: Date.now() + 1 });
  sendJson(res, context, 200, {
    object: 'list',
    tenant,
    by,
    since: new Date(since).toISOString(),
    data: rows.map(usageRowJson),
  });
};
