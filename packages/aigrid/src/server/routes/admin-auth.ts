import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { GridError } from '../../spec/grid-error.js';
import type { GatewayDeps } from '../gateway-deps.js';
import { presentedKey } from '../key-cache.js';

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Throws unless the request carries the configured admin key (compared in constant time). */
export function requireAdmin(req: IncomingMessage, deps: GatewayDeps): void {
  const adminKey = deps.config.server.adminKey;
  if (!adminKey) {
    throw new GridError('admin_key_required', 'Admin routes are disabled: set server.admin_key (or AIGRID_ADMIN_KEY) to enable them.');
  }
  const secret = presentedKey(req.headers);
  if (!timingSafeEqual(digest(secret), digest(adminKey))) {
    throw new GridError('admin_key_required', 'This route needs the admin key.');
  }
}
