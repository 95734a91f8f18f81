import type { PolicyConfig } from '../../config/config-types.js';
import type { AuditLog } from '../../audit/index.js';
import type { ClassifiableInput, GuardFinding, Redaction } from '../../guard/guard.js';
import type { DeploymentLocation } from '../../router/index.js';
import { GridError } from '../../spec/grid-error.js';
import type { Logger } from '../logger.js';
import type { RequestContext } from '../request-context.js';
import type { GuardedEndpoint } from './guarded-endpoint.js';
import type { PolicyGuards } from './policy-guards.js';

/** What applying a policy needs: the compiled classifiers, and the audit log for refusals. */
export interface GuardDeps {
  readonly guards: PolicyGuards;
  readonly audit: AuditLog;
  readonly logger: Logger;
}

/** A request after the guard: possibly redacted or confined, and why. */
export interface GuardOutcome<R> {
  readonly request: R;
  readonly allowedLocations?: readonly DeploymentLocation[];
  /** Present when the answer needs redacted values put back. */
  readonly redaction?: Redaction<unknown>;
  /** What the policy did and why, for the routing explanation: `policy 'p' (local-only): email`. */
  readonly note?: string;
}

/** Policy refusals go to the audit log; a failure to append is logged, never turned into a 500. */
export function recordRefusal(deps: GuardDeps, context: RequestContext, policy: string, detectors: string[]): void {
  deps.audit
    .append({ actor: 'gateway', action: 'policy.refuse', target: context.id, details: { policy, tenant: context.key?.tenant ?? null, model: context.model ?? null, detectors } })
    .catch((error: unknown) => deps.logger.warn('audit append failed', { error: String(error) }));
}

const LOCAL_LOCATIONS: readonly DeploymentLocation[] = ['local', 'edge'];
const typesOf = (findings: readonly GuardFinding[]) => findings.map((finding) => finding.type).join(', ');

/**
 * Classifies a request with its policy's detectors and applies the policy's action to sensitive
 * ones: block, confine to local/edge deployments, or redact (the endpoint puts the placeholders
 * in). A local-only policy with `on_uncertain = "local"` also confines a request whose only hits
 * are uncertain candidates; they are logged as findings marked `uncertain`. Requests no policy
 * covers never get here, so they pay nothing.
 */
export function applyGuard<R, C extends ClassifiableInput>(
  deps: GuardDeps,
  context: RequestContext,
  endpoint: GuardedEndpoint<R, C>,
  request: R,
  policy: PolicyConfig,
): GuardOutcome<R> {
  context.policy = policy.name;
  const input = endpoint.classifiable(request, policy);
  const result = deps.guards.for(policy).classify(input);
  const findings = result.findings;
  if (findings.length === 0) {
    if (policy.onSensitive === 'local-only' && policy.onUncertain === 'local' && result.uncertain.length > 0) {
      context.guardFindings = result.uncertain.map(({ type, count }) => ({ type, count, uncertain: true }));
      return { request, allowedLocations: LOCAL_LOCATIONS, note: `policy '${policy.name}' (local-only, on_uncertain = local): uncertain ${typesOf(result.uncertain)}` };
    }
    context.guardFindings = [];
    return { request };
  }
  context.guardFindings = findings.map(({ type, count }) => ({ type, count }));
  if (policy.onSensitive === 'allow') return { request };
  const types = typesOf(findings);
  const note = `policy '${policy.name}' (${policy.onSensitive}): ${types}`;
  if (policy.onSensitive === 'block') {
    recordRefusal(deps, context, policy.name, findings.map((finding) => finding.type));
    throw new GridError('policy_blocked', `Policy '${policy.name}' refuses requests containing sensitive data (${types}).`);
  }
  if (policy.onSensitive === 'local-only') return { request, allowedLocations: LOCAL_LOCATIONS, note };
  const unredactable = endpoint.unredactable?.(input);
  if (unredactable !== undefined) {
    recordRefusal(deps, context, policy.name, findings.map((finding) => finding.type));
    throw new GridError('policy_blocked', `Policy '${policy.name}' redacts sensitive data (${types}), but ${unredactable}.`, { param: 'input' });
  }
  const redacted = endpoint.redact(request, input, result);
  return { request: redacted.request, redaction: redacted.redaction, note };
}
