import { cardToJson } from '../../catalog/card-json.js';
import { CatalogQueryError, parseCatalogQuery, type RawCatalogQuery } from '../../catalog/catalog-query-input.js';
import type { CatalogQuery } from '../../catalog/catalog-query.js';
import { GridError } from '../../spec/grid-error.js';
import type { RouteHandler } from '../gateway-deps.js';
import { sendJson } from '../http-io.js';
import { authenticateRequest } from './authenticate-request.js';

/** Query-string parameter for each query field, as errors name it. */
const PARAMS: Record<keyof RawCatalogQuery, string> = {
  capability: 'capability',
  maxInputPrice: 'max_input_price',
  minContext: 'min_context',
  region: 'region',
  provider: 'provider',
  vendor: 'vendor',
  kind: 'kind',
  sort: 'sort',
  configured: 'configured',
};

/** Reads the catalog query from a request URL; a bad value is an invalid_request naming the parameter. */
export function catalogQueryFromUrl(url: string): CatalogQuery {
  const params = new URL(url, 'http://gateway.invalid').searchParams;
  const single = (name: string) => params.get(name) ?? undefined;
  try {
    return parseCatalogQuery({
      capability: params.getAll('capability'),
      maxInputPrice: single(PARAMS.maxInputPrice),
      minContext: single(PARAMS.minContext),
      region: single(PARAMS.region),
      provider: single(PARAMS.provider),
      vendor: single(PARAMS.vendor),
      kind: single(PARAMS.kind),
      sort: single(PARAMS.sort),
      configured: single(PARAMS.configured),
    });
  } catch (error) {
    if (!(error instanceof CatalogQueryError)) throw error;
    const param = PARAMS[error.field];
    throw new GridError('invalid_request', `Invalid value for '${param}': ${error.problem}.`, { param });
  }
}

/**
 * GET /v1/catalog: model cards (shipped and from the config), filtered and sorted by the query
 * string. Any valid API key may read it; `configured_models` lists only models that key may use.
 */
export const catalogRoute: RouteHandler = async (context, req, res, deps) => {
  const key = await authenticateRequest(context, req, deps);
  const query = catalogQueryFromUrl(req.url ?? '/');
  const visible = (model: string) => !key.models || key.models.has(model);
  const data = deps.catalog.query(query, visible).map((card) => cardToJson(card, deps.catalog.modelsFor(card.id).filter(visible)));
  sendJson(res, context, 200, { object: 'list', data });
};
