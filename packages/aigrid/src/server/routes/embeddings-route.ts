import { performance } from 'node:perf_hooks';
import { embeddingsRequestSchema } from '../../spec/openai-schemas.js';
import { GridError } from '../../spec/grid-error.js';
import { sendJson } from '../http-io.js';
import { readApiBody } from './read-api-body.js';
import type { RouteHandler } from '../gateway-deps.js';
import { resolveModel } from '../resolve-model.js';
import { authenticateRequest } from './authenticate-request.js';

/** POST /v1/embeddings. */
export const embeddingsRoute: RouteHandler = async (context, req, res, deps) => {
  const key = await authenticateRequest(context, req, deps);
  const request = await readApiBody(context, req, deps, embeddingsRequestSchema);
  const { model, provider } = resolveModel(deps, key, request.model);
  context.model = model.name;
  context.provider = provider.id;
  if (!provider.capabilities.embeddings) {
    throw new GridError('unsupported_operation', `The model '${model.name}' does not offer embeddings.`, { param: 'model' });
  }
  const started = performance.now();
  context.calledUpstream = true;
  const result = await provider.embed(request, { signal: context.abortSignal(res), requestId: context.id, upstreamModel: model.upstreamModel });
  context.upstreamMs += performance.now() - started;
  context.usage = result.usage;
  sendJson(res, context, 200, result.raw ?? result.body);
};
