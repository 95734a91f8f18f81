import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ZodType } from 'zod';
import { clipClient, MAX_ERROR_MESSAGE_CHARS, MAX_ERROR_PARAM_CHARS, quoteClient } from '../spec/client-text.js';
import { GridError } from '../spec/grid-error.js';
import { discardRestOfBody } from './body-limits.js';
import { checkJsonShape } from './json-shape.js';
import type { RequestContext } from './request-context.js';
import { anthropicErrorBody } from './anthropic/anthropic-errors.js';

/** A response's own headers plus the gateway's: request id, overhead and, once routed, the route. */
function withGatewayHeaders(context: RequestContext, headers: Record<string, string | number>): Record<string, string | number> {
  headers['x-request-id'] = context.id;
  headers['x-aigrid-overhead-ms'] = context.overheadMs().toFixed(3);
  if (context.routeHeader !== undefined) headers['x-aigrid-route'] = context.routeHeader;
  return headers;
}

/** Reads a JSON object body, refusing bodies over `maxBytes` before reading them where possible. */
export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<Record<string, unknown>> {
  return (await readJsonBodyAndBytes(req, maxBytes)).value;
}

/** `readJsonBody`, with the body's bytes as received. */
export async function readJsonBodyAndBytes(req: IncomingMessage, maxBytes: number): Promise<{ value: Record<string, unknown>; bytes: Buffer }> {
  const contentType = req.headers['content-type'] ?? '';
  // `curl -d '{...}'` labels JSON as a form; such bodies are accepted when they parse as JSON.
  const labelledForm = contentType.startsWith('application/x-www-form-urlencoded');
  if (contentType.startsWith('multipart/')) throw notJson(contentType);
  const declared = Number(req.headers['content-length']);
  if (declared > maxBytes) {
    // Refused unread, but read and discarded, so the client gets the 413 rather than a reset.
    discardRestOfBody(req);
    throw tooLarge(maxBytes);
  }
  const { parts, size } = await readBody(req, maxBytes, declared);
  if (size === 0) throw new GridError('invalid_json', 'The request body is empty; send a JSON object.');
  const bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts, size);
  // Bounds the work of every later pass over the body (docs/errors.md, JSON limits).
  checkJsonShape(bytes);
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    if (labelledForm) throw notJson(contentType);
    // V8 quotes the text around the fault; a short prefix is enough.
    throw new GridError('invalid_json', `The request body is not valid JSON: ${clipClient((error as Error).message, 200)}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new GridError('invalid_request', 'The request body must be a JSON object.');
  }
  return { value: value as Record<string, unknown>, bytes };
}

/**
 * Collects a request body. A body that arrived whole with its headers (the usual small request)
 * is already parsed and buffered by the time the handler first awaits: all `content-length`
 * bytes are there, so they are taken at once, without waiting for stream events. Otherwise plain
 * listeners (an async iterator cost more per request).
 */
function readBody(req: IncomingMessage, maxBytes: number, declared: number): Promise<{ parts: Buffer[]; size: number }> {
  if (req.readableFlowing === null && declared > 0 && req.readableLength >= declared) {
    const parts: Buffer[] = [];
    let size = 0;
    for (let part: Buffer | null = req.read(); part !== null; part = req.read()) {
      size += part.length;
      if (size > maxBytes) return Promise.reject(tooLarge(maxBytes));
      parts.push(part);
    }
    return Promise.resolve({ parts, size });
  }
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    let size = 0;
    const finish = (error?: Error) => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('close', onClose);
      if (error) reject(error);
      else resolve({ parts, size });
    };
    const onData = (part: Buffer) => {
      size += part.length;
      if (size <= maxBytes) return void parts.push(part);
      finish(tooLarge(maxBytes));
      // The rest is read and discarded (within bounds): a reset would lose the 413 on its way.
      parts.length = 0;
      discardRestOfBody(req);
    };
    const onEnd = () => finish();
    const onError = () => finish(clientGone());
    const onClose = () => finish(clientGone());
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('close', onClose);
  });
}

function notJson(contentType: string): GridError {
  return new GridError('unsupported_media_type', `Send the request body as JSON (content-type: application/json), not ${clipClient(contentType.split(';')[0])}.`);
}

// The body stopped before it was complete: the client is gone (or its connection broke), not a bug.
function clientGone(): GridError {
  return new GridError('client_closed_request', 'The client closed the connection before the request body was complete.');
}

function tooLarge(maxBytes: number): GridError {
  return new GridError('body_too_large', `The request body is larger than the limit of ${maxBytes} bytes.`);
}

/** Validates a parsed body; the first problem becomes an invalid_request error naming the field. */
export function validate<T>(schema: ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  // A path can hold client keys (e.g. of `metadata`) of any length: both uses are cut short.
  const param = issue.path.length ? clipClient(issue.path.map(String).join('.'), MAX_ERROR_PARAM_CHARS) : null;
  const message = param ? `Invalid value for ${quoteClient(param)}: ${clipClient(issue.message, 300)}` : clipClient(issue.message, 300);
  throw new GridError('invalid_request', message, { param });
}

/** Sends a complete JSON response (a string, or bytes already in JSON form). */
export function sendJson(res: ServerResponse, context: RequestContext, status: number, body: unknown, errorCode?: string): void {
  const payload = typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body);
  res.writeHead(status, withGatewayHeaders(context, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }));
  context.complete(status, errorCode, () => res.end(payload));
}

/** Which wire family an error is written in: OpenAI's everywhere, Anthropic's on /v1/messages. */
export type ErrorEnvelopeStyle = 'openai' | 'anthropic';

/** Sends an error in the envelope of the route's API family (see docs/errors.md). */
export function sendError(res: ServerResponse, context: RequestContext, failure: GridError, style: ErrorEnvelopeStyle = 'openai'): void {
  const error = bounded(failure);
  if (error.retryAfterSeconds !== undefined) res.setHeader('retry-after', String(error.retryAfterSeconds));
  for (const [name, value] of Object.entries(error.headers ?? {})) res.setHeader(name, value);
  // A body that was refused unread would otherwise be left on the socket.
  if (error.code === 'body_too_large') res.setHeader('connection', 'close');
  const body = style === 'anthropic' ? anthropicErrorBody(error) : error.toEnvelope();
  sendJson(res, context, error.status, body, error.code);
}

/**
 * The error itself, or a copy with its message and param cut to their bounds: a last guard, so no
 * message built from client or upstream text, wherever it was built, makes a huge error body.
 */
function bounded(error: GridError): GridError {
  const param = error.param;
  if (error.message.length <= MAX_ERROR_MESSAGE_CHARS && (param === null || param.length <= MAX_ERROR_PARAM_CHARS)) return error;
  return new GridError(error.code, clipClient(error.message, MAX_ERROR_MESSAGE_CHARS), {
    param: param === null ? null : clipClient(param, MAX_ERROR_PARAM_CHARS),
    upstreamStatus: error.upstreamStatus,
    retryAfterSeconds: error.retryAfterSeconds,
    headers: error.headers,
    cause: error.cause,
  });
}

const MAX_WARNINGS = 10;

/**
 * The `x-aigrid-warnings` value: distinct warnings, at most ten (warnings can quote client values,
 * and a body with thousands of dropped tools would otherwise make a header of megabytes), each
 * cut short and kept to printable ASCII, which a header value must be.
 */
export function warningsHeader(warnings: readonly string[]): string {
  const distinct = [...new Set(warnings)];
  const shown = distinct.slice(0, MAX_WARNINGS).map((warning) => clipClient(warning, 300).replace(/…/g, '...').replace(/[^\x20-\x7e]/g, '?'));
  if (distinct.length > MAX_WARNINGS) shown.push(`and ${distinct.length - MAX_WARNINGS} more`);
  return shown.join('; ');
}

/** Starts a server-sent-event response. */
export function startEventStream(res: ServerResponse, context: RequestContext): void {
  res.writeHead(200, withGatewayHeaders(context, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' }));
  res.flushHeaders();
}
