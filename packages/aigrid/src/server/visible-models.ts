import type { ModelConfig } from '../config/config-types.js';
import type { GatewayDeps } from './gateway-deps.js';
import type { AuthenticatedKey } from './key-cache.js';

/** Models this key may call, in config order. */
export function visibleModels(deps: GatewayDeps, key: AuthenticatedKey): ModelConfig[] {
  return Object.values(deps.config.models).filter((model) => !key.models || key.models.has(model.name));
}
