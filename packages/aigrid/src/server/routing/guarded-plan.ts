import type { PolicyConfig, TenantConfig } from '../../config/config-types.js';
import type { ClassifiableInput, Redaction } from '../../guard/guard.js';
import type { RequestFeatures, RoutePlan } from '../../router/index.js';
import { GridError } from '../../spec/grid-error.js';
import type { AuthenticatedKey } from '../key-cache.js';
import type { Governor } from '../metering/governor.js';
import type { RequestContext } from '../request-context.js';
import { applyGuard, recordRefusal, type GuardDeps, type GuardOutcome } from './apply-guard.js';
import type { GuardedEndpoint } from './guarded-endpoint.js';

/** What the guarded stage needs; GatewayDeps has all of it. Typed apart so the router can name GuardedPlan. */
export interface GuardStageDeps extends GuardDeps {
  readonly router: {
    policyFor(tenant: string, route: string): PolicyConfig | undefined;
    plan(names: readonly string[], features: RequestFeatures): RoutePlan;
  };
  readonly governor: Governor;
}

// Only guardPlan holds this, so only guardPlan can issue a GuardedPlan.
const ISSUED = Symbol('issued by guardPlan');

/**
 * A request that went through the guarded stage: policy, guard, plan and admission. The router
 * executes nothing else (GatewayRouter.execute takes one), so an endpoint cannot reach an upstream
 * without passing the stage.
 */
export class GuardedPlan<R> {
  constructor(
    token: symbol,
    /** The request to send: the client's, or its redacted copy. */
    readonly request: R,
    readonly plan: RoutePlan,
    /** The tenant's config (negotiated prices), when it has one. */
    readonly tenant: TenantConfig | undefined,
    /** Present when redacted values go back into the answer. */
    readonly redaction: Redaction<unknown> | undefined,
    /** What the policy did and why, for `x-aigrid-explain`. */
    readonly note: string | undefined,
  ) {
    if (token !== ISSUED) throw new Error('a GuardedPlan is issued by guardPlan only');
  }
}

/**
 * The one guarded stage every text-carrying endpoint passes, knowing nothing of HTTP: resolves the
 * policy for (tenant, first public name); classifies `request`'s text and applies the policy
 * (block, local-only, redact, allow); plans the route under the policy's constraints; refuses when
 * the policy confines the request to local deployments and none can serve it; then admits it
 * (budget reservation and limits) when budgets or limits exist.
 *
 * `features` are the request's own (tenant regions as residency); the policy's regions, locations
 * and price cap are laid over them. Returns synchronously when there is nothing to admit, so the
 * common path (no policy, no governance) costs no await and no allocation beyond the result.
 */
export function guardPlan<R, C extends ClassifiableInput>(
  deps: GuardStageDeps,
  context: RequestContext,
  key: AuthenticatedKey,
  endpoint: GuardedEndpoint<R, C>,
  request: R,
  names: readonly string[],
  features: RequestFeatures,
  tenant: TenantConfig | undefined,
): GuardedPlan<R> | Promise<GuardedPlan<R>> {
  const policy = deps.router.policyFor(key.tenant, names[0]);
  let guarded: GuardOutcome<R> | undefined;
  let constrained = features;
  if (policy) {
    guarded = applyGuard(deps, context, endpoint, request, policy);
    constrained = {
      ...features,
      allowedRegions: policy.allowedRegions ?? features.allowedRegions,
      allowedLocations: guarded.allowedLocations,
      maxPricePerMTokMicros: policy.maxPricePerMTokMicros,
    };
  }
  const plan = deps.router.plan(names, constrained);
  if (plan.ordered.length === 0 && guarded?.allowedLocations) {
    const found = (context.guardFindings ?? []).map((finding) => finding.type);
    recordRefusal(deps, context, policy!.name, found);
    const uncertain = context.guardFindings?.some((finding) => finding.uncertain) ? 'may contain' : 'contains';
    throw new GridError(
      'policy_blocked',
      `This request ${uncertain} sensitive data (${found.join(', ')}) and policy '${policy!.name}' keeps it on local deployments, but no local deployment can serve '${names[0]}'.`,
    );
  }
  const staged = new GuardedPlan(ISSUED, guarded ? guarded.request : request, plan, tenant, guarded?.redaction, guarded?.note);
  if (!deps.governor.active) return staged;
  return admit(deps.governor, context, key, endpoint, staged, names[0]);
}

/**
 * Reserves the worst-case cost and checks the limits; throws the refusal as a GridError. The
 * reservation bounds input tokens without the tokenizer; the count is made only when a budget
 * or token limit refuses the bound, or later when usage goes unreported.
 */
async function admit<R, C extends ClassifiableInput>(
  governor: Governor,
  context: RequestContext,
  key: AuthenticatedKey,
  endpoint: GuardedEndpoint<R, C>,
  staged: GuardedPlan<R>,
  model: string,
): Promise<GuardedPlan<R>> {
  const { request, plan, tenant } = staged;
  const amounts = (inputTokens: number) => {
    const cost = endpoint.admissionCost(request, plan, tenant, inputTokens);
    return { reserveMicros: cost.micros, estimatedTokens: cost.inputTokens + cost.outputTokens };
  };
  context.reservedInputTokens = endpoint.inputTokens(request, 'bound');
  context.countInputTokensWith(() => endpoint.inputTokens(request, 'exact'));
  context.admission = await governor.admit(context, {
    key,
    model,
    user: endpoint.user(request),
    ...amounts(context.reservedInputTokens),
    exact: () => amounts(context.inputTokens()),
  });
  return staged;
}
