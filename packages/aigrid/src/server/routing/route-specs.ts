import type { Catalog } from '../../catalog/catalog.js';
import type { ModelCard } from '../../spec/model-card.js';
import type { DeploymentConfig, GatewayConfig, RouteConfig } from '../../config/config-types.js';
import { defaultLocation } from '../../spec/provider-presets.js';
import { makeRouteSpec, type DeploymentInput, type LatencyClass, type RouteSpec } from '../../router/index.js';

/** A public name's route plus the latency class it defaults to. */
export interface PublicRoute {
  readonly spec: RouteSpec;
  readonly latencyClass: LatencyClass;
}

const known = (value: boolean | null | undefined) => (value === null || value === undefined ? undefined : value);

function deploymentInput(id: string, deployment: DeploymentConfig, config: GatewayConfig, catalog: Catalog): DeploymentInput {
  const provider = config.providers[deployment.provider];
  const card: ModelCard | undefined = deployment.card ? catalog.get(deployment.card) : catalog.cardFor(provider.type, deployment.upstreamModel);
  const capabilities = card?.capabilities;
  return {
    id,
    provider: deployment.provider,
    upstreamModel: deployment.upstreamModel,
    region: deployment.region ?? (card?.regions.length === 1 ? card.regions[0] : undefined),
    location: deployment.location ?? defaultLocation(provider.type),
    weight: deployment.weight,
    capabilities: {
      ...(known(capabilities?.tools) === undefined ? {} : { tools: capabilities!.tools! }),
      ...(known(capabilities?.vision) === undefined ? {} : { vision: capabilities!.vision! }),
      ...(known(capabilities?.json_schema) === undefined ? {} : { jsonSchema: capabilities!.json_schema! }),
      ...(known(capabilities?.streaming) === undefined ? {} : { streaming: capabilities!.streaming! }),
    },
    contextWindow: card?.contextWindow ?? undefined,
    maxOutputTokens: card?.maxOutputTokens ?? undefined,
    pricing: card
      ? {
          inputPerMTokMicros: card.pricing.input ?? undefined,
          outputPerMTokMicros: card.pricing.output ?? undefined,
          cachedInputPerMTokMicros: card.pricing.cachedInput ?? undefined,
          cacheWritePerMTokMicros: card.pricing.cacheWrite ?? undefined,
          batchDiscountPercent: card.pricing.batchDiscountPercent ?? undefined,
        }
      : undefined,
    limits: deployment.maxConcurrent ? { maxConcurrent: deployment.maxConcurrent } : undefined,
    cardId: card?.id,
  };
}

function fromRoute(route: RouteConfig, config: GatewayConfig, catalog: Catalog): PublicRoute {
  const spec = makeRouteSpec({
    name: route.name,
    strategy: route.strategy,
    deployments: route.deployments.map((deployment) => deploymentInput(deployment.name, deployment, config, catalog)),
    rules: route.rules,
    retries: route.retries,
    timeouts: route.timeouts,
  });
  return { spec, latencyClass: route.latencyClass ?? 'interactive' };
}

/**
 * Every public name the gateway serves, as a route: `route` blocks as written, and each `model`
 * block as a route of one deployment (still retried on transient errors).
 */
export function buildPublicRoutes(config: GatewayConfig, catalog: Catalog): Map<string, PublicRoute> {
  const routes = new Map<string, PublicRoute>();
  for (const model of Object.values(config.models)) {
    const deployment: DeploymentConfig = { name: model.name, provider: model.provider, upstreamModel: model.upstreamModel, card: model.card };
    routes.set(model.name, fromRoute({ name: model.name, strategy: 'fallback', timeouts: {}, retries: {}, deployments: [deployment] }, config, catalog));
  }
  for (const route of Object.values(config.routes)) routes.set(route.name, fromRoute(route, config, catalog));
  return routes;
}
