import { embeddingsRequestSchema } from '../../spec/openai-schemas.js';
import { GridError } from '../../spec/grid-error.js';
import type { EmbeddingsResult } from '../../spec/openai-wire.js';
import type { RouteHandler } from '../gateway-deps.js';
import { sendJson } from '../http-io.js';
import { EMBEDDINGS_ENDPOINT } from '../routing/embeddings-endpoint.js';
import { executeGuarded } from '../routing/guarded-execution.js';
import { guardPlan } from '../routing/guarded-plan.js';
import { embeddingsFeatures } from '../routing/request-features.js';
import { requestedNames } from '../routing/route-decision.js';
import { authenticateRequest } from './authenticate-request.js';
import { readApiBody } from './read-api-body.js';
import { quoteClient } from '../../spec/client-text.js';

/** POST /v1/embeddings: the guarded stage (policy, guard, plan, admission), then the model's route. */
export const embeddingsRoute: RouteHandler = async (context, req, res, deps) => {
  const key = await authenticateRequest(context, req, deps);
  const request = await readApiBody(context, req, deps, embeddingsRequestSchema);
  const names = requestedNames({ model: request.model }, deps, key);
  context.model = names[0];
  const tenant = deps.governance.tenant(key.tenant);
  const features = embeddingsFeatures(request, req.headers, key, deps.router.get(names[0])!.latencyClass, tenant?.allowedRegions);
  const staged = guardPlan(deps, context, key, EMBEDDINGS_ENDPOINT, request, names, features, tenant);
  const guarded = staged instanceof Promise ? await staged : staged;
  const sent = guarded.request;
  // Forwardable as received only while nothing was redacted.
  const clientBody = sent === request ? context.rawBody : undefined;
  const result = await executeGuarded<EmbeddingsResult>(deps, context, req, res, guarded, (deployment, signal) => {
    const provider = deps.providers.get(deployment.provider)!;
    if (!provider.capabilities.embeddings) {
      return Promise.reject(new GridError('unsupported_operation', `The model ${quoteClient(names[0])} does not offer embeddings.`, { param: 'model' }));
    }
    return provider.embed(sent, { signal, requestId: context.id, upstreamModel: deployment.upstreamModel, clientBody });
  }).catch(namingInput);
  context.usage = result.usage;
  sendJson(res, context, 200, result.raw ?? result.body);
};

/** The router names `messages` for a request too long for every deployment; here the text is `input`. */
function namingInput(error: unknown): never {
  if (error instanceof GridError && error.param === 'messages') {
    throw new GridError(error.code, error.message, { param: 'input', upstreamStatus: error.upstreamStatus, retryAfterSeconds: error.retryAfterSeconds, cause: error });
  }
  throw error;
}
