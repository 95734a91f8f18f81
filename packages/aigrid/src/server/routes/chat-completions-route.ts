import { performance } from 'node:perf_hooks';
import { chatCompletionRequestSchema } from '../../spec/openai-schemas.js';
import { sendJson } from '../http-io.js';
import { readApiBody } from './read-api-body.js';
import type { RouteHandler } from '../gateway-deps.js';
import { resolveModel } from '../resolve-model.js';
import { authenticateRequest } from './authenticate-request.js';
import { pipeChatStream } from './chat-stream-response.js';

/** POST /v1/chat/completions, streaming or not. */
export const chatCompletionsRoute: RouteHandler = async (context, req, res, deps) => {
  const key = await authenticateRequest(context, req, deps);
  const request = await readApiBody(context, req, deps, chatCompletionRequestSchema);
  const { model, provider } = resolveModel(deps, key, request.model);
  context.model = model.name;
  context.provider = provider.id;
  const call = { signal: context.abortSignal(res), requestId: context.id, upstreamModel: model.upstreamModel };
  const started = performance.now();
  context.calledUpstream = true;
  if (request.stream) {
    context.streamed = true;
    const stream = await provider.chatStream(request, call);
    context.upstreamMs += performance.now() - started;
    if (stream.warnings?.length) res.setHeader('x-aigrid-warnings', stream.warnings.join('; '));
    await pipeChatStream(context, res, stream);
    return;
  }
  const result = await provider.chat(request, call);
  context.upstreamMs += performance.now() - started;
  context.usage = result.usage;
  if (result.warnings?.length) res.setHeader('x-aigrid-warnings', result.warnings.join('; '));
  sendJson(res, context, 200, result.raw ?? result.body);
};
