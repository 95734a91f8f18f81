import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { GridError, toGridError } from '../spec/grid-error.js';
import type { RequestLogEntry } from '../store/request-log-repository.js';
import type { GatewayDeps } from './gateway-deps.js';
import { sendError } from './http-io.js';
import { RequestContext } from './request-context.js';
import { matchRoute } from './route-table.js';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Accepts a caller's request id only when it is safe to echo in a header and a log. */
function requestId(header: string | string[] | undefined): string {
  return typeof header === 'string' && REQUEST_ID.test(header) ? header : `req_${randomUUID().replaceAll('-', '')}`;
}

function toLogEntry(context: RequestContext): RequestLogEntry {
  return {
    id: context.id,
    ts: context.timestamp,
    keyId: context.key?.id ?? null,
    tenant: context.key?.tenant ?? null,
    model: context.model ?? null,
    provider: context.provider ?? null,
    endpoint: context.endpoint,
    status: context.status,
    errorCode: context.errorCode ?? null,
    latencyMs: Number(context.elapsedMs().toFixed(3)),
    upstreamMs: context.calledUpstream ? Number(context.upstreamMs.toFixed(3)) : null,
    inputTokens: context.usage?.inputTokens ?? null,
    outputTokens: context.usage?.outputTokens ?? null,
    streamed: context.streamed,
  };
}

/** The gateway's request listener: routing, the error envelope, metrics and the request log. */
export function createRequestHandler(deps: GatewayDeps, recordRequest: (entry: RequestLogEntry) => void) {
  const { metrics } = deps;
  const onComplete = (logged: boolean) => (context: RequestContext) => {
    metrics.requests.labels(context.endpoint, context.model ?? '', String(context.status)).inc();
    metrics.duration.labels(context.endpoint).observe(context.elapsedMs() / 1000);
    metrics.overhead.observe(context.overheadMs() / 1000);
    if (context.calledUpstream && context.provider) metrics.upstream.labels(context.provider).observe(context.upstreamMs / 1000);
    if (context.usage?.inputTokens !== undefined) metrics.tokens.labels(context.model ?? '', 'input').inc(context.usage.inputTokens);
    if (context.usage?.outputTokens !== undefined) metrics.tokens.labels(context.model ?? '', 'output').inc(context.usage.outputTokens);
    if (logged) recordRequest(toLogEntry(context));
  };
  const logged = onComplete(true);
  const unlogged = onComplete(false);

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = req.url ?? '/';
    const queryAt = url.indexOf('?');
    const path = queryAt === -1 ? url : url.slice(0, queryAt);
    const match = matchRoute(req.method ?? 'GET', path);
    const entry = match.kind === 'found' ? match.entry : undefined;
    const context = new RequestContext(requestId(req.headers['x-request-id']), entry ? path : 'unmatched', entry?.logged ? logged : unlogged);
    metrics.inflight.inc();
    try {
      if (match.kind === 'not_found') throw new GridError('route_not_found', `No route for ${req.method} ${path}.`);
      if (match.kind === 'method_not_allowed') {
        res.setHeader('allow', match.allowed.join(', '));
        throw new GridError('method_not_allowed', `${req.method} is not allowed on ${path}; use ${match.allowed.join(' or ')}.`);
      }
      await match.entry.handler(context, req, res, deps, match.params);
    } catch (error) {
      const failure = toGridError(error);
      if (failure.code === 'internal_error') deps.logger.error('request failed', { requestId: context.id, error: String(failure.cause ?? failure) });
      if (!res.headersSent && !res.destroyed) sendError(res, context, failure, entry?.envelope);
      else {
        context.complete(failure.status, failure.code);
        if (!res.writableEnded) res.end();
      }
    } finally {
      // A client that left before any answer is logged as 499.
      if (!context.isCompleted) context.complete(499, 'client_closed_request');
      metrics.inflight.dec();
    }
  };
}
