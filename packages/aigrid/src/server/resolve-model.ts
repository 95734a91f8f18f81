import type { ModelConfig } from '../config/config-types.js';
import { GridError } from '../spec/grid-error.js';
import type { GatewayDeps, ResolvedModel } from './gateway-deps.js';
import type { AuthenticatedKey } from './key-cache.js';

/** Finds the deployment for a public model name, checking the key may use it. */
export function resolveModel(deps: GatewayDeps, key: AuthenticatedKey, name: string): ResolvedModel {
  const model = Object.hasOwn(deps.config.models, name) ? deps.config.models[name] : undefined;
  if (!model) {
    throw new GridError('model_not_found', `The model '${name}' does not exist.`, { param: 'model' });
  }
  if (key.models && !key.models.has(name)) {
    throw new GridError('model_not_allowed', `This API key may not use the model '${name}'.`, { param: 'model' });
  }
  const provider = deps.providers.get(model.provider);
  if (!provider) throw new GridError('internal_error', `Model '${name}' names provider '${model.provider}', which is not running.`);
  return { model, provider };
}

/** Models this key may call, in config order. */
export function visibleModels(deps: GatewayDeps, key: AuthenticatedKey): ModelConfig[] {
  return Object.values(deps.config.models).filter((model) => !key.models || key.models.has(model.name));
}
