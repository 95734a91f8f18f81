import type { AttemptRecord } from './attempt-types.js';
import type { RoutePlan } from './router-types.js';

export type { RoutePlan } from './router-types.js';

/** A compact, JSON-safe account of how a request was routed. */
export interface RouteExplanation {
  readonly route: string;
  readonly strategy: string;
  /** The deployment that answered; absent when none did. */
  readonly chosen?: string;
  /** What a privacy policy did to the request and why (added by the gateway, which applies policies). */
  readonly policy?: string;
  readonly candidates: Array<{ id: string; provider: string; model: string; tier?: string; score?: number; note?: string }>;
  readonly filtered: Array<{ id: string; reason: string }>;
  readonly attempts: Array<{
    id: string;
    n: number;
    outcome: string;
    decision: string;
    ms: number;
    code?: string;
    status?: number;
    waitMs?: number;
    note?: string;
  }>;
  /** How many list entries were left out to fit a header. */
  readonly truncated?: number;
}

const rounded = (value: number) => Math.round(value * 100) / 100;

/** Explains a plan and (optionally) what happened when it ran, for the admin view and logs. */
export function explainPlan(plan: RoutePlan, attempts: readonly AttemptRecord[] = []): RouteExplanation {
  const chosen = attempts.find((attempt) => attempt.outcome === 'success')?.deploymentId;
  return {
    route: plan.route,
    strategy: plan.strategy,
    ...(chosen === undefined ? {} : { chosen }),
    candidates: plan.ranking.map((entry) => ({
      id: entry.deployment.id,
      provider: entry.deployment.provider,
      model: entry.deployment.upstreamModel,
      ...(entry.tier === undefined ? {} : { tier: entry.tier }),
      ...(entry.score === undefined ? {} : { score: rounded(entry.score) }),
      note: entry.note,
    })),
    filtered: plan.filtered.map((entry) => ({ id: entry.deployment.id, reason: entry.reason })),
    attempts: attempts.map((attempt) => ({
      id: attempt.deploymentId,
      n: attempt.attemptNumber,
      outcome: attempt.outcome,
      decision: attempt.decision,
      ms: Math.round(attempt.durationMs),
      ...(attempt.errorCode === undefined ? {} : { code: attempt.errorCode }),
      ...(attempt.status === undefined ? {} : { status: attempt.status }),
      ...(attempt.delayMs === undefined ? {} : { waitMs: attempt.delayMs }),
      ...(attempt.note === undefined ? {} : { note: attempt.note }),
    })),
  };
}

/** Value for an `x-aigrid-route` header: the id of the deployment that answered. */
export function routeHeaderValue(attempts: readonly AttemptRecord[]): string | undefined {
  return attempts.find((attempt) => attempt.outcome === 'success')?.deploymentId;
}

// Header values must be ASCII without control characters: escape everything else as \uXXXX.
const asciiJson = (value: unknown) =>
  JSON.stringify(value).replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * The explanation as one header-safe line of JSON, at most `maxLength` characters: when too long,
 * candidate notes are dropped first, then entries from the end of `filtered`, `candidates` and
 * `attempts`, in that order (counted in `truncated`).
 */
export function explainHeaderValue(explanation: RouteExplanation, maxLength = 4096): string {
  let text = asciiJson(explanation);
  if (text.length <= maxLength) return text;
  const lists = {
    candidates: explanation.candidates.map(({ note: _note, ...rest }) => rest),
    filtered: [...explanation.filtered],
    attempts: [...explanation.attempts],
  };
  let truncated = 0;
  for (;;) {
    text = asciiJson({ ...explanation, ...lists, truncated });
    if (text.length <= maxLength) return text;
    // Attempts are the most telling, so they go last.
    const list = (['filtered', 'candidates', 'attempts'] as const).find((key) => lists[key].length > 0);
    if (!list) return asciiJson({ route: explanation.route.slice(0, 200), chosen: explanation.chosen, policy: explanation.policy?.slice(0, 500), truncated });
    lists[list].pop();
    truncated += 1;
  }
}
