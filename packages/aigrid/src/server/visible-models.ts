import type { ModelConfig } from '../config/config-types.js';
import { GridError } from '../spec/grid-error.js';
import { quoteClient } from '../spec/client-text.js';
import type { GatewayDeps } from './gateway-deps.js';
import type { AuthenticatedKey } from './key-cache.js';

/** Models this key may call, in config order. */
export function visibleModels(deps: GatewayDeps, key: AuthenticatedKey): ModelConfig[] {
  return Object.values(deps.config.models).filter((model) => !key.models || key.models.has(model.name));
}

/** How many names a `model_not_found` message lists. */
const SUGGESTED = 10;

/** Up to `max` public names (models, then routes) this key may call, in config order. */
export function usableNames(deps: GatewayDeps, key: AuthenticatedKey, max = SUGGESTED): string[] {
  const names: string[] = [];
  for (const name of [...Object.keys(deps.config.models), ...Object.keys(deps.config.routes)]) {
    if (names.length === max) break;
    if (!key.models || key.models.has(name)) names.push(name);
  }
  return names;
}

/** `model_not_found` for `name`, listing the models the key may use (up to 10) so the caller can fix the request. */
export function modelNotFound(deps: GatewayDeps, key: AuthenticatedKey, name: string, param = 'model'): GridError {
  const usable = usableNames(deps, key, SUGGESTED + 1);
  const more = usable.length > SUGGESTED ? ', …' : '';
  const listed = usable.slice(0, SUGGESTED).map((model) => `'${model}'`).join(', ');
  const hint = usable.length === 0 ? ' This key may not use any model.' : ` Models this key may use: ${listed}${more} (GET /v1/models lists them all).`;
  return new GridError('model_not_found', `The model ${quoteClient(name)} does not exist.${hint}`, { param });
}
