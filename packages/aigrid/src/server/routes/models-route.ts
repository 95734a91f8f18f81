import { pricingToJson } from '../../catalog/card-json.js';
import { CAPABILITIES, type CardPricing } from '../../spec/model-card.js';
import type { ModelConfig, RouteConfig } from '../../config/config-types.js';
import type { GatewayDeps, RouteHandler } from '../gateway-deps.js';
import { sendJson } from '../http-io.js';
import { visibleModels } from '../visible-models.js';
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
    deployments: [{ provider: model.provider, upstream_model: model.upstreamModel }],
  };
}

/** A route's facts: its strategy and deployments (each priced from its catalog card where known). */
function routeDetails(deps: GatewayDeps, route: RouteConfig) {
  const spec = deps.router.get(route.name)!.spec;
  return {
    route: true,
    strategy: route.strategy,
    deployments: spec.deployments.map((deployment) => ({
      name: deployment.id,
      provider: deployment.provider,
      upstream_model: deployment.upstreamModel,
      region: deployment.region ?? null,
      location: deployment.location,
      context_window: deployment.contextWindow ?? null,
      input_per_mtok_micros: deployment.pricing?.inputPerMTokMicros ?? null,
      output_per_mtok_micros: deployment.pricing?.outputPerMTokMicros ?? null,
    })),
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
  for (const route of Object.values(deps.config.routes)) {
    if (key.models && !key.models.has(route.name)) continue;
    data.push({ id: route.name, object: 'model', created: 0, owned_by: 'aigrid', aigrid: routeDetails(deps, route) as never });
  }
  sendJson(res, context, 200, { object: 'list', data });
};
