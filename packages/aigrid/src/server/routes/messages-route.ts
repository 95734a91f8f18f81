import { anthropicMessagesRequestSchema } from '../../spec/anthropic-schemas.js';
import { messagesToOpenAI } from '../anthropic/messages-to-openai.js';
import { MessagesStreamWriter } from '../anthropic/messages-stream-writer.js';
import { openAIToMessages } from '../anthropic/openai-to-messages.js';
import type { RouteHandler } from '../gateway-deps.js';
import { sendJson, warningsHeader } from '../http-io.js';
import { routeChat } from '../routing/routed-chat.js';
import { authenticateRequest } from './authenticate-request.js';
import { readApiBody } from './read-api-body.js';

/** POST /v1/messages: the Anthropic Messages API, served through the model's route. */
export const messagesRoute: RouteHandler = async (context, req, res, deps) => {
  const key = await authenticateRequest(context, req, deps);
  const incoming = await readApiBody(context, req, deps, anthropicMessagesRequestSchema);
  const { request, warnings } = messagesToOpenAI(incoming);
  context.streamed = incoming.stream === true;
  const routed = await routeChat(deps, context, req, res, key, { ...request, stream: incoming.stream === true });
  const upstreamWarnings = routed.kind === 'stream' ? routed.stream.warnings : routed.result.warnings;
  const allWarnings = [...warnings, ...(upstreamWarnings ?? [])];
  if (allWarnings.length) res.setHeader('x-aigrid-warnings', warningsHeader(allWarnings));
  if (routed.kind === 'stream') {
    await new MessagesStreamWriter(res, context, incoming.model).pipe(routed.stream);
    return;
  }
  context.usage = routed.result.usage;
  sendJson(res, context, 200, openAIToMessages(routed.result.body, incoming.model, routed.result.usage));
};
