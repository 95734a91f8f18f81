import { chatCompletionRequestSchema } from '../../spec/openai-schemas.js';
import { sendJson, warningsHeader } from '../http-io.js';
import type { RouteHandler } from '../gateway-deps.js';
import { routeChat } from '../routing/routed-chat.js';
import { authenticateRequest } from './authenticate-request.js';
import { pipeChatStream } from './chat-stream-response.js';
import { readApiBody } from './read-api-body.js';

/** POST /v1/chat/completions, streaming or not, through the model's route. */
export const chatCompletionsRoute: RouteHandler = async (context, req, res, deps) => {
  const key = await authenticateRequest(context, req, deps);
  const request = await readApiBody(context, req, deps, chatCompletionRequestSchema);
  context.streamed = request.stream === true;
  const routed = await routeChat(deps, context, req, res, key, request);
  if (routed.kind === 'stream') {
    if (routed.stream.warnings?.length) res.setHeader('x-aigrid-warnings', warningsHeader(routed.stream.warnings));
    await pipeChatStream(context, res, routed.stream, deps);
    return;
  }
  context.usage = routed.result.usage;
  if (routed.result.warnings?.length) res.setHeader('x-aigrid-warnings', warningsHeader(routed.result.warnings));
  sendJson(res, context, 200, routed.result.raw ?? routed.result.body);
};
