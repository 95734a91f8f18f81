import { GridError } from '../spec/grid-error.js';
import type { Deployment, RouteSpec } from './router-types.js';
import { quoteClient } from '../spec/client-text.js';

/**
 * Builds one route from a request-level fallback list (`models: ["a", "b"]`, as OpenRouter
 * accepts): every deployment of the first model's route, then the second's, and so on, tried in
 * that order (strategy `fallback`). A deployment shared by two routes appears once, where first
 * listed. Retries and timeouts come from the first route. Throws `model_not_found` for a name
 * `lookup` does not know.
 */
export function routeFromModelList(models: readonly string[], lookup: (model: string) => RouteSpec | undefined): RouteSpec {
  if (models.length === 0) throw new GridError('invalid_request', 'The models list is empty.', { param: 'models' });
  const routes = models.map((model) => {
    const route = lookup(model);
    if (!route) throw new GridError('model_not_found', `The model ${quoteClient(model)} does not exist.`, { param: 'models' });
    return route;
  });
  const seen = new Set<string>();
  const deployments: Deployment[] = [];
  for (const deployment of routes.flatMap((route) => route.deployments)) {
    if (seen.has(deployment.id)) continue;
    seen.add(deployment.id);
    deployments.push(deployment);
  }
  return {
    name: models.join(','),
    strategy: 'fallback',
    deployments,
    retries: routes[0].retries,
    timeouts: routes[0].timeouts,
  };
}
