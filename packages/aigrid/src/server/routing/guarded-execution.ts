import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { explainHeaderValue, explainPlan, type AttemptFunction, type AttemptRecord, type ExecutionResult } from '../../router/index.js';
import type { GatewayDeps } from '../gateway-deps.js';
import type { RequestContext } from '../request-context.js';
import type { GuardedPlan } from './guarded-plan.js';
import { recordDecision } from './route-decision.js';
import { logProviderFailure } from '../provider-failure-log.js';

const explanation = (guarded: GuardedPlan<unknown>, attempts: readonly AttemptRecord[]) =>
  explainHeaderValue(guarded.note === undefined ? explainPlan(guarded.plan, attempts) : { ...explainPlan(guarded.plan, attempts), policy: guarded.note });

/**
 * Runs a guarded plan for an HTTP route: budget headers when asked (`x-aigrid-budget: true`),
 * attempts with retries and fallback, the routing decision on the request (log, `x-aigrid-route`),
 * `x-aigrid-explain` when asked (with what the policy did), and the time spent upstream.
 * Resolves with what the attempt that succeeded returned.
 */
export function executeGuarded<T>(
  deps: GatewayDeps,
  context: RequestContext,
  req: IncomingMessage,
  res: ServerResponse,
  guarded: GuardedPlan<unknown>,
  attempt: AttemptFunction<T>,
): Promise<T> {
  if (context.admission && req.headers['x-aigrid-budget'] === 'true') {
    for (const [name, value] of Object.entries(deps.governor.headers(context.admission))) res.setHeader(name, value);
  }
  const explain = req.headers['x-aigrid-explain'] === 'true' || req.headers['x-aigrid-explain'] === '1';
  const signal = context.clientGone(res);
  const started = performance.now();
  context.calledUpstream = true;
  // `.then` rather than an async frame of its own: the route already awaits this promise.
  return deps.router.execute(guarded, attempt, signal).then(
    (execution: ExecutionResult<T>) => {
      context.upstreamMs += performance.now() - started;
      recordDecision(context, execution.deployment, execution.attempts, guarded.tenant);
      if (explain) res.setHeader('x-aigrid-explain', explanation(guarded, execution.attempts));
      return execution.result;
    },
    (error: unknown) => {
      context.upstreamMs += performance.now() - started;
      const attempts = (error as { attempts?: AttemptRecord[] }).attempts ?? [];
      recordDecision(context, undefined, attempts, guarded.tenant);
      logProviderFailure(deps.logger, context.id, error, attempts);
      if (explain) res.setHeader('x-aigrid-explain', explanation(guarded, attempts));
      throw error;
    },
  );
}
