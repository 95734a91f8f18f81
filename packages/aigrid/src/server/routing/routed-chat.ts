import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { GridError } from '../../spec/grid-error.js';
import type { ChatCompletionRequest } from '../../spec/openai-schemas.js';
import type { ChatResult, ChatStream } from '../../spec/openai-wire.js';
import { explainHeaderValue, explainPlan, type AttemptContext, type AttemptRecord } from '../../router/index.js';
import type { CallContext, ProviderAdapter } from '../../providers/provider-types.js';
import type { GatewayDeps } from '../gateway-deps.js';
import type { AuthenticatedKey } from '../key-cache.js';
import type { RequestContext } from '../request-context.js';
import { awaitFirstChunk } from './first-chunk.js';
import { withDeadline } from './stream-deadline.js';
import { chatFeatures } from './request-features.js';
import { applyGuard, recordRefusal } from './apply-guard.js';
import { recordDecision, requestedNames } from './route-decision.js';
import { worstCase } from '../metering/reservation.js';

export type RoutedChatResult = { kind: 'json'; result: ChatResult } | { kind: 'stream'; stream: ChatStream };

/**
 * Routes one OpenAI-shaped chat request: guard and policy, plan, then attempts with retries and
 * fallback. A stream is returned only once its first chunk arrived, so it can still fall back.
 */
export async function routeChat(
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
  const publicRoute = deps.router.get(names[0])!;
  const policy = deps.router.policyFor(key.tenant, names[0]);
  const guarded = applyGuard(deps, context, request, policy);
  const tenant = deps.governance.tenant(key.tenant);
  const features = chatFeatures(guarded.request, req.headers, key, publicRoute.latencyClass, policy, guarded.allowedLocations, tenant?.allowedRegions);
  const plan = deps.router.plan(names, features);
  if (plan.ordered.length === 0 && guarded.allowedLocations) {
    recordRefusal(deps, context, policy?.name ?? '', (context.guardFindings ?? []).map((finding) => finding.type));
    throw new GridError(
      'policy_blocked',
      `This request contains sensitive data and policy '${policy?.name}' keeps it on local deployments, but no local deployment can serve '${names[0]}'.`,
    );
  }
  if (deps.governor.active) {
    const cost = worstCase(guarded.request, plan, tenant);
    context.estimatedInputTokens = cost.inputTokens;
    context.admission = await deps.governor.admit(context, {
      key,
      model: names[0],
      user: typeof request.user === 'string' ? request.user : undefined,
      reserveMicros: cost.micros,
      estimatedTokens: cost.inputTokens + cost.outputTokens,
    });
    context.reservedMicros = cost.micros;
    if (context.admission && req.headers['x-aigrid-budget'] === 'true') {
      for (const [name, value] of Object.entries(deps.governor.headers(context.admission))) res.setHeader(name, value);
    }
  }
  // A stream gets a controller of its own, so a first-token timeout can cancel just this attempt.
  const openStream = async (provider: ProviderAdapter, call: CallContext, attempt: AttemptContext): Promise<RoutedChatResult> => {
    const controller = new AbortController();
    const onAbort = () => controller.abort();
    call.signal.addEventListener('abort', onAbort, { once: true });
    try {
      const stream = await provider.chatStream(guarded.request, { ...call, signal: controller.signal });
      const opened = await awaitFirstChunk(stream, attempt.firstTokenMs, () => controller.abort());
      attempt.markFirstToken();
      return { kind: 'stream', stream: guarded.restoreStream(withDeadline(opened, attempt.deadline, () => controller.abort())) };
    } catch (error) {
      call.signal.removeEventListener('abort', onAbort);
      throw error;
    }
  };
  // Forwardable as received only while nothing was taken out or redacted.
  const clientBody = guarded.request === incoming ? context.rawBody : undefined;
  const explain = req.headers['x-aigrid-explain'] === 'true' || req.headers['x-aigrid-explain'] === '1';
  const signal = context.clientGone(res);
  const started = performance.now();
  context.calledUpstream = true;
  try {
    const execution = await deps.router.execute<RoutedChatResult>(
      plan,
      (deployment, attemptSignal, _number, attempt) => {
        const provider = deps.providers.get(deployment.provider)!;
        const call = { signal: attemptSignal, requestId: context.id, upstreamModel: deployment.upstreamModel, clientBody };
        // Without an async frame of its own: most requests take this path.
        if (!guarded.request.stream) return provider.chat(guarded.request, call).then((result): RoutedChatResult => ({ kind: 'json', result: guarded.restoreResult(result) }));
        return openStream(provider, call, attempt);
      },
      signal,
    );
    recordDecision(context, execution.deployment, execution.attempts, tenant);
    if (explain) res.setHeader('x-aigrid-explain', explainHeaderValue(explainPlan(plan, execution.attempts)));
    return execution.result;
  } catch (error) {
    const attempts = (error as { attempts?: AttemptRecord[] }).attempts ?? [];
    recordDecision(context, undefined, attempts, tenant);
    if (explain) res.setHeader('x-aigrid-explain', explainHeaderValue(explainPlan(plan, attempts)));
    throw error;
  } finally {
    context.upstreamMs += performance.now() - started;
  }
}
