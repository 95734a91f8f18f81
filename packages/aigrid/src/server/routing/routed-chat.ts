import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ChatCompletionRequest } from '../../spec/openai-schemas.js';
import type { ChatResult, ChatStream } from '../../spec/openai-wire.js';
import type { AttemptContext } from '../../router/index.js';
import type { CallContext, ProviderAdapter } from '../../providers/provider-types.js';
import type { GatewayDeps } from '../gateway-deps.js';
import type { AuthenticatedKey } from '../key-cache.js';
import type { RequestContext } from '../request-context.js';
import { CHAT_ENDPOINT } from './chat-endpoint.js';
import { awaitFirstChunk } from './first-chunk.js';
import { executeGuarded } from './guarded-execution.js';
import { guardPlan, type GuardedPlan } from './guarded-plan.js';
import { withDeadline } from './stream-deadline.js';
import { chatFeatures } from './request-features.js';
import { requestedNames } from './route-decision.js';
import { restoreChunks, restoreCompletion } from './restore-response.js';

export type RoutedChatResult = { kind: 'json'; result: ChatResult } | { kind: 'stream'; stream: ChatStream };

// A stream gets a controller of its own, so a first-token timeout can cancel just this attempt.
async function openStream(guarded: GuardedPlan<ChatCompletionRequest>, provider: ProviderAdapter, call: CallContext, attempt: AttemptContext): Promise<RoutedChatResult> {
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  call.signal.addEventListener('abort', onAbort, { once: true });
  try {
    const stream = await provider.chatStream(guarded.request, { ...call, signal: controller.signal });
    const opened = await awaitFirstChunk(stream, attempt.firstTokenMs, () => controller.abort());
    attempt.markFirstToken();
    const timed = withDeadline(opened, attempt.deadline, () => controller.abort());
    return { kind: 'stream', stream: guarded.redaction ? restoreChunks(timed, guarded.redaction) : timed };
  } catch (error) {
    call.signal.removeEventListener('abort', onAbort);
    throw error;
  }
}

/** Attempts a guarded chat request on the plan's deployments, restoring redacted values in the answer. */
function sendChat(deps: GatewayDeps, context: RequestContext, req: IncomingMessage, res: ServerResponse, incoming: ChatCompletionRequest, guarded: GuardedPlan<ChatCompletionRequest>): Promise<RoutedChatResult> {
  const sent = guarded.request;
  const redaction = guarded.redaction;
  // Forwardable as received only while nothing was taken out or redacted.
  const clientBody = sent === incoming ? context.rawBody : undefined;
  return executeGuarded<RoutedChatResult>(deps, context, req, res, guarded, (deployment, attemptSignal, _number, attempt) => {
    const provider = deps.providers.get(deployment.provider)!;
    const call = { signal: attemptSignal, requestId: context.id, upstreamModel: deployment.upstreamModel, clientBody };
    if (sent.stream) return openStream(guarded, provider, call, attempt);
    // Without an async frame of its own: most requests take this path.
    return provider.chat(sent, call).then((result): RoutedChatResult => ({ kind: 'json', result: redaction ? restoreCompletion(result, redaction) : result }));
  });
}

/**
 * Routes one OpenAI-shaped chat request: the guarded stage (policy, guard, plan, admission), then
 * attempts with retries and fallback. A stream is returned only once its first chunk arrived, so
 * it can still fall back. Refusals before any upstream call (unknown model, policy) are thrown
 * rather than returned as a rejected promise; callers await it either way.
 */
export function routeChat(
  deps: GatewayDeps,
  context: RequestContext,
  req: IncomingMessage,
  res: ServerResponse,
  key: AuthenticatedKey,
  incoming: ChatCompletionRequest,
): Promise<RoutedChatResult> {
  const names = requestedNames(incoming, deps, key);
  // `models` (a fallback list) is the gateway's own field: it is not sent upstream.
  let request = incoming;
  if ((incoming as { models?: unknown }).models !== undefined) {
    const { models: _list, ...rest } = incoming as ChatCompletionRequest & { models?: unknown };
    request = rest;
  }
  context.model = names[0];
  const tenant = deps.governance.tenant(key.tenant);
  const features = chatFeatures(request, req.headers, key, deps.router.get(names[0])!.latencyClass, tenant?.allowedRegions);
  const staged = guardPlan(deps, context, key, CHAT_ENDPOINT, request, names, features, tenant);
  // Only admission is asynchronous: without budgets or limits there is nothing to wait for.
  if (staged instanceof Promise) return staged.then((guarded) => sendChat(deps, context, req, res, incoming, guarded));
  return sendChat(deps, context, req, res, incoming, staged);
}
