import type { PolicyConfig } from '../../config/config-types.js';
import { redact } from '../../guard/guard.js';
import type { DeploymentLocation } from '../../router/index.js';
import { GridError } from '../../spec/grid-error.js';
import type { ChatCompletionRequest } from '../../spec/openai-schemas.js';
import type { ChatResult, ChatStream } from '../../spec/openai-wire.js';
import type { GatewayDeps } from '../gateway-deps.js';
import type { RequestContext } from '../request-context.js';
import { restoreCompletion, restoreChunks } from './restore-response.js';

/** A request after the guard: possibly redacted or confined, and how to treat the answer. */
export interface GuardOutcome {
  readonly request: ChatCompletionRequest;
  readonly allowedLocations?: readonly DeploymentLocation[];
  restoreResult(result: ChatResult): ChatResult;
  restoreStream(stream: ChatStream): ChatStream;
}

/** Policy refusals go to the audit log; a failure to append is logged, never turned into a 500. */
export function recordRefusal(deps: GatewayDeps, context: RequestContext, policy: string, detectors: string[]): void {
  deps.audit
    .append({ actor: 'gateway', action: 'policy.refuse', target: context.id, details: { policy, tenant: context.key?.tenant ?? null, model: context.model ?? null, detectors } })
    .catch((error: unknown) => deps.logger.warn('audit append failed', { error: String(error) }));
}

const LOCAL_LOCATIONS: readonly DeploymentLocation[] = ['local', 'edge'];
const sameResult = (result: ChatResult) => result;
const sameStream = (stream: ChatStream) => stream;
const unchanged = (request: ChatCompletionRequest): GuardOutcome => ({ request, restoreResult: sameResult, restoreStream: sameStream });

/**
 * Classifies a request when a policy covers it and applies the policy's action to sensitive ones:
 * block, confine to local/edge deployments, or redact (and restore the values in the answer).
 * Requests no policy covers are not scanned, so they pay nothing.
 */
export function applyGuard(deps: GatewayDeps, context: RequestContext, request: ChatCompletionRequest, policy: PolicyConfig | undefined): GuardOutcome {
  if (!policy) return unchanged(request);
  context.policy = policy.name;
  const result = deps.guard.classify(request);
  const counted = policy.detectors ? result.findings.filter((finding) => policy.detectors!.includes(finding.type)) : result.findings;
  context.guardFindings = counted.map(({ type, count }) => ({ type, count }));
  if (counted.length === 0 || policy.onSensitive === 'allow') return unchanged(request);
  const types = counted.map((finding) => finding.type).join(', ');
  if (policy.onSensitive === 'block') {
    recordRefusal(deps, context, policy.name, counted.map((finding) => finding.type));
    throw new GridError('policy_blocked', `Policy '${policy.name}' refuses requests containing sensitive data (${types}).`);
  }
  if (policy.onSensitive === 'local-only') return { ...unchanged(request), allowedLocations: LOCAL_LOCATIONS };
  const kept = new Set(counted.map((finding) => finding.type));
  const spans = policy.detectors
    ? { ...result, spans: result.spans.map((text) => ({ ...text, spans: text.spans.filter((span) => kept.has(span.type)) })) }
    : result;
  const redaction = redact(request, spans);
  return {
    request: redaction.request,
    restoreResult: (answer) => restoreCompletion(answer, redaction),
    restoreStream: (stream) => restoreChunks(stream, redaction),
  };
}
