import type { IncomingMessage } from 'node:http';
import type { ZodType } from 'zod';
import type { GatewayDeps } from '../gateway-deps.js';
import { readJsonBodyAndBytes, validate } from '../http-io.js';
import type { RequestContext } from '../request-context.js';

/**
 * Reads and validates an API body; logs it only when `server.log_bodies` asks for that. The bytes
 * stay on the context (`rawBody`) for forwarding them unchanged.
 */
export async function readApiBody<T>(context: RequestContext, req: IncomingMessage, deps: GatewayDeps, schema: ZodType<T>): Promise<T> {
  const { value: body, bytes } = await readJsonBodyAndBytes(req, deps.config.server.maxBodyBytes);
  context.rawBody = bytes;
  if (deps.config.server.logBodies) deps.logger.info('request body', { requestId: context.id, body });
  return validate(schema, body);
}
