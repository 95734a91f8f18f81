import { performance } from 'node:perf_hooks';
import { embeddingsRequestSchema } from '../../spec/openai-schemas.js';
import { GridError } from '../../spec/grid-error.js';
import type { EmbeddingsResult } from '../../spec/openai-wire.js';
import type { RouteHandler } from '../gateway-deps.js';
import { sendJson } from '../http-io.js';
import { recordDecision, requestedNames } from '../routing/route-decision.js';
import { authenticateRequest } from './authenticate-request.js';
import { readApiBody } from './read-api-body.js';

const NO_NEEDS = { tools: false, vision: false, jsonSchema: false, streaming: false };

/** POST /v1/embeddings, through the model's route (retries and fallback included). */
export const embeddingsRoute: RouteHandler = async (context, req, res, deps) => {
  const key = await authenticateRequest(context, req, deps);
  const request = await readApiBody(context, req, deps, embeddingsRequestSchema);
  const names = requestedNames({ model: request.model }, deps, key);
  const tenant = deps.governance.tenant(key.tenant);
  context.model = names[0];
  const inputs = Array.isArray(request.input) ? request.input : [request.input];
  const characters = inputs.reduce<number>((total, input) => total + (typeof input === 'string' ? input.length : 4 * (Array.isArray(input) ? input.length : 1)), 0);
  const plan = deps.router.plan(names, {
    estimatedInputTokens: Math.ceil(characters / 4),
    needs: NO_NEEDS,
    tenant: key.tenant,
    keyId: key.id,
    headers: {},
    params: request,
    latencyClass: deps.router.get(names[0])!.latencyClass,
  });
  const started = performance.now();
  context.calledUpstream = true;
  try {
    const execution = await deps.router.execute<EmbeddingsResult>(
      plan,
      async (deployment, signal) => {
        const provider = deps.providers.get(deployment.provider)!;
        if (!provider.capabilities.embeddings) {
          throw new GridError('unsupported_operation', `The model '${names[0]}' does not offer embeddings.`, { param: 'model' });
        }
        return provider.embed(request, { signal, requestId: context.id, upstreamModel: deployment.upstreamModel, clientBody: context.rawBody });
      },
      context.clientGone(res),
    );
    recordDecision(context, execution.deployment, execution.attempts, tenant);
    context.usage = execution.result.usage;
    sendJson(res, context, 200, execution.result.raw ?? execution.result.body);
  } finally {
    context.upstreamMs += performance.now() - started;
  }
};
