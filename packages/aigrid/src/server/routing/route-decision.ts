import { GridError } from '../../spec/grid-error.js';
import { routeHeaderValue, type AttemptRecord, type Deployment } from '../../router/index.js';
import type { GatewayDeps } from '../gateway-deps.js';
import type { AuthenticatedKey } from '../key-cache.js';
import type { RequestContext } from '../request-context.js';
import { tenantPrices, type PriceSheet } from '../../metering/cost.js';
import type { TenantConfig } from '../../config/config-types.js';
import { quoteClient } from '../../spec/client-text.js';
import { modelNotFound } from '../visible-models.js';

/** The deployment's catalog prices, as the ledger prices usage. */
export function pricesOf(deployment: Deployment): PriceSheet {
  const pricing = deployment.pricing ?? {};
  const sheet: PriceSheet = {};
  if (pricing.inputPerMTokMicros !== undefined) sheet.inputPerMTok = pricing.inputPerMTokMicros;
  if (pricing.cachedInputPerMTokMicros !== undefined) sheet.cachedInputPerMTok = pricing.cachedInputPerMTokMicros;
  if (pricing.cacheWritePerMTokMicros !== undefined) sheet.cacheWritePerMTok = pricing.cacheWritePerMTokMicros;
  if (pricing.outputPerMTokMicros !== undefined) sheet.outputPerMTok = pricing.outputPerMTokMicros;
  if (pricing.batchDiscountPercent !== undefined) sheet.batchDiscountPercent = pricing.batchDiscountPercent;
  return sheet;
}

/** What `tenant` pays on the deployment: its catalog prices with the tenant's negotiated ones applied. */
export function deploymentPrices(deployment: Deployment, tenant: TenantConfig | undefined): PriceSheet {
  return tenantPrices(pricesOf(deployment), tenant?.prices, deployment.cardId);
}

/** The public names a request asks for: its own fallback list (`models`) or its `model`. */
export function requestedNames(request: { model: string; models?: unknown }, deps: GatewayDeps, key: AuthenticatedKey): string[] {
  const list = (request as { models?: unknown }).models;
  let names: string[] = [request.model];
  if (list !== undefined) {
    if (!Array.isArray(list) || list.length === 0 || list.length > 10 || !list.every((name) => typeof name === 'string' && name.length > 0)) {
      throw new GridError('invalid_request', "'models' must be a list of 1 to 10 model names, tried in order.", { param: 'models' });
    }
    names = [...new Set<string>(list as string[])];
  }
  for (const name of names) {
    if (!deps.router.get(name)) throw modelNotFound(deps, key, name, list === undefined ? 'model' : 'models');
    if (key.models && !key.models.has(name)) throw new GridError('model_not_allowed', `This API key may not use the model ${quoteClient(name)}.`, { param: 'model' });
  }
  return names;
}

/**
 * Notes the routing outcome on the request (for the log) and in `x-aigrid-route`, with the prices
 * the tenant pays there (what streaming extends and settlement charge).
 */
export function recordDecision(context: RequestContext, deployment: Deployment | undefined, attempts: AttemptRecord[], tenant: TenantConfig | undefined) {
  context.attempts = attempts.filter((attempt) => attempt.outcome !== 'skipped').length;
  if (!deployment) return;
  context.deployment = deployment.id;
  context.provider = deployment.provider;
  context.upstreamModel = deployment.upstreamModel;
  context.prices = deploymentPrices(deployment, tenant);
  // Sent with the response's own headers (sendJson, startEventStream): no header map of its own.
  context.routeHeader = routeHeaderValue(attempts) ?? deployment.id;
}

