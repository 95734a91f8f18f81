import { pricingToJson } from '../../catalog/card-json.js';
import { CAPABILITIES, type CardPricing } from '../../catalog/model-card.js';
import type { ModelConfig } from '../../config/config-types.js';
import type { GatewayDeps, RouteHandler } from '../gateway-deps.js';
import { sendJson } from '../http-io.js';
import { visibleModels } from '../resolve-model.js';
import { authenticateRequest } from './authenticate-request.js';

const UNKNOWN_PRICING: CardPricing = { input: null, cachedInput: null, cacheWrite: null, output: null, batchDiscountPercent: null };
const UNKNOWN_CAPABILITIES = Object.fromEntries(CAPABILITIES.map((name) => [name, null]));

/**
 * aigrid's extra facts about a configured model, from its linked catalog card. Whatever no card
 * tells is null, never 0 or an empty list.
 */
function modelDetails(deps: GatewayDeps, model: ModelConfig) {
  const card = deps.catalog.cardForModel(model.name);
  const provider = Object.hasOwn(deps.config.providers, model.provider) ? deps.config.providers[model.provider] : undefined;
  return {
    provider: model.provider,
    provider_type: provider?.type ?? null,
    upstream_model: model.upstreamModel,
    card: card?.id ?? null,
    context_window: card?.contextWindow ?? null,
    max_output_tokens: card?.maxOutputTokens ?? null,
    pricing: pricingToJson(card?.pricing ?? UNKNOWN_PRICING),
    capabilities: card?.capabilities ?? UNKNOWN_CAPABILITIES,
    modalities: card ? { input: card.modalities.input, output: card.modalities.output } : null,
    regions: card?.regions ?? null,
    // One deployment per model today; routing across several comes with the router.
    deployments: [{ provider: model.provider, upstream_model: model.upstreamModel }],
  };
}

/** GET /v1/models: the models this caller may use, in OpenAI's list shape plus an `aigrid` object each. */
export const modelsRoute: RouteHandler = async (context, req, res, deps) => {
  const key = await authenticateRequest(context, req, deps);
  const data = visibleModels(deps, key).map((model) => ({
    id: model.name,
    object: 'model',
    created: 0,
    owned_by: model.provider,
    aigrid: modelDetails(deps, model),
  }));
  sendJson(res, context, 200, { object: 'list', data });
};
