import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { clipClient } from '../spec/client-text.js';
import { GridError, toGridError } from '../spec/grid-error.js';
import type { RequestLogEntry } from '../store/request-log-repository.js';
import type { RequestRecord } from './metering/request-record-writer.js';
import type { GatewayDeps } from './gateway-deps.js';
import { sendError } from './http-io.js';
import { RequestContext } from './request-context.js';
import { matchRoute } from './route-table.js';

const CLIENT_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * A new, time-ordered request id: 12 hex digits of milliseconds, then 20 random hex digits. Ids
 * that grow with time append to the request log's primary-key index instead of dirtying a random
 * page per row. Always the gateway's own, so a client reusing its id can never collide in the log.
 */
export function newRequestId(): string {
  const now = Date.now();
  // The time part changes once a millisecond, not once a request.
  if (now !== idMs) {
    idMs = now;
    idPrefix = `req_${now.toString(16).padStart(12, '0')}`;
  }
  return idPrefix + randomHex(20);
}
let idMs = -1;
let idPrefix = '';

// Random hex drawn from a pooled buffer: one getrandom call per few hundred ids, not one per id.
let randomPool = '';
let randomAt = 0;
function randomHex(length: number): string {
  if (randomAt + length > randomPool.length) {
    randomPool = randomBytes(4096).toString('hex');
    randomAt = 0;
  }
  randomAt += length;
  return randomPool.slice(randomAt - length, randomAt);
}

// Milliseconds kept to three decimals (as toFixed(3) would, without a string on the way).
const roundToMicrosecond = (ms: number) => Math.round(ms * 1000) / 1000;

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
    latencyMs: roundToMicrosecond(context.elapsedMs()),
    upstreamMs: context.calledUpstream ? roundToMicrosecond(context.upstreamMs) : null,
    inputTokens: context.usage?.inputTokens ?? null,
    outputTokens: context.usage?.outputTokens ?? null,
    streamed: context.streamed,
    deployment: context.deployment ?? null,
    attempts: context.attempts ?? null,
    policy: context.policy ?? null,
    guardFindings: context.guardFindings ?? null,
  };
}

/** The gateway's request listener: routing, the error envelope, metrics and the request log. */
export function createRequestHandler(deps: GatewayDeps, recordRequest: (record: RequestRecord, done: () => void, now: boolean) => void) {
  const { metrics } = deps;
  const observe = (context: RequestContext) => {
    metrics.observeRequest(context.endpoint, context.model ?? '', context.status, context.elapsedMs() / 1000, context.overheadMs() / 1000);
    if (context.calledUpstream && context.provider) metrics.observeUpstream(context.provider, context.upstreamMs / 1000);
    if (context.usage?.inputTokens !== undefined) metrics.countTokens(context.model ?? '', 'input', context.usage.inputTokens);
    if (context.usage?.outputTokens !== undefined) metrics.countTokens(context.model ?? '', 'output', context.usage.outputTokens);
  };
  // Metrics are observed after `done` (the response's last write): they need not delay the client.
  const onComplete = (logged: boolean) => (context: RequestContext, done: () => void) => {
    if (!logged) {
      done();
      return observe(context);
    }
    // context.prices already holds the tenant's negotiated prices (recordDecision).
    const record: RequestRecord = toLogEntry(context);
    const usage = deps.governor.finish(context, context.prices);
    if (usage) record.usage = usage;
    // Row and usage event go into the journal in one write; the response ends after it.
    recordRequest(record, () => {
      done();
      observe(context);
    }, metrics.inFlight === 1); // alone in flight: no other request can join a journal group
  };
  const logged = onComplete(true);
  const unlogged = onComplete(false);

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = req.url ?? '/';
    const queryAt = url.indexOf('?');
    const path = queryAt === -1 ? url : url.slice(0, queryAt);
    const match = matchRoute(req.method ?? 'GET', path);
    const entry = match.kind === 'found' ? match.entry : undefined;
    const context = new RequestContext(newRequestId(), entry ? path : 'unmatched', entry?.logged ? logged : unlogged);
    // A caller's own id is echoed for its tracing, only when it is safe to put in a header.
    const clientId = req.headers['x-request-id'];
    if (typeof clientId === 'string' && CLIENT_REQUEST_ID.test(clientId)) res.setHeader('x-client-request-id', clientId);
    metrics.inFlight += 1;
    try {
      if (match.kind === 'not_found') throw new GridError('route_not_found', `No route for ${req.method} ${clipClient(path)}.`);
      if (match.kind === 'method_not_allowed') {
        res.setHeader('allow', match.allowed.join(', '));
        throw new GridError('method_not_allowed', `${req.method} is not allowed on ${clipClient(path)}; use ${match.allowed.join(' or ')}.`);
      }
      await match.entry.handler(context, req, res, deps, match.params);
    } catch (error) {
      const failure = toGridError(error);
      if (failure.code === 'internal_error') deps.logger.error('request failed', { requestId: context.id, error: String(failure.cause ?? failure) });
      if (!res.headersSent && !res.destroyed) sendError(res, context, failure, entry?.envelope);
      else {
        context.complete(failure.status, failure.code, () => {
          if (!res.writableEnded) res.end();
        });
      }
    } finally {
      // A client that left before any answer is logged as 499.
      if (!context.isCompleted) context.complete(499, 'client_closed_request');
      metrics.inFlight -= 1;
    }
  };
}
