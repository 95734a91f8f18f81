import type { IncomingMessage } from 'node:http';
import type { GatewayDeps } from '../gateway-deps.js';
import { presentedKey, type AuthenticatedKey } from '../key-cache.js';
import type { RequestContext } from '../request-context.js';

/** Authenticates the caller and remembers the key on the request context. */
export async function authenticateRequest(context: RequestContext, req: IncomingMessage, deps: GatewayDeps): Promise<AuthenticatedKey> {
  const key = await deps.keys.authenticate(presentedKey(req.headers));
  context.key = key;
  return key;
}
