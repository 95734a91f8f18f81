import { performance } from 'node:perf_hooks';
import { anthropicMessagesRequestSchema } from '../../spec/anthropic-schemas.js';
import { messagesToOpenAI } from '../anthropic/messages-to-openai.js';
import { MessagesStreamWriter } from '../anthropic/messages-stream-writer.js';
import { openAIToMessages } from '../anthropic/openai-to-messages.js';
import type { RouteHandler } from '../gateway-deps.js';
import { sendJson } from '../http-io.js';
import { resolveModel } from '../resolve-model.js';
import { authenticateRequest } from './authenticate-request.js';
import { readApiBody } from './read-api-body.js';

/** POST /v1/messages: the Anthropic Messages API, served by whichever provider the model maps to. */
export const messagesRoute: RouteHandler = async (context, req, res, deps) => {
  const key = await authenticateRequest(context, req, deps);
  const incoming = await readApiBody(context, req, deps, anthropicMessagesRequestSchema);
  const { request, warnings } = messagesToOpenAI(incoming);
  const { model, provider } = resolveModel(deps, key, request.model);
  context.model = model.name;
  context.provider = provider.id;
  const call = { signal: context.abortSignal(res), requestId: context.id, upstreamModel: model.upstreamModel };
  const started = performance.now();
  context.calledUpstream = true;
  if (incoming.stream) {
    context.streamed = true;
    const stream = await provider.chatStream({ ...request, stream: true }, call);
    context.upstreamMs += performance.now() - started;
    const allWarnings = [...warnings, ...(stream.warnings ?? [])];
    if (allWarnings.length) res.setHeader('x-aigrid-warnings', allWarnings.join('; '));
    await new MessagesStreamWriter(res, context, model.name).pipe(stream);
    return;
  }
  const result = await provider.chat(request, call);
  context.upstreamMs += performance.now() - started;
  context.usage = result.usage;
  const allWarnings = [...warnings, ...(result.warnings ?? [])];
  if (allWarnings.length) res.setHeader('x-aigrid-warnings', allWarnings.join('; '));
  sendJson(res, context, 200, openAIToMessages(result.body, model.name, result.usage));
};
