// Names the routing config is written in: strategies, retry and timeout fields, rule grammar.
// Data only; the router and the config's checks both read them.

export type StrategyName = 'fallback' | 'weighted' | 'least-latency' | 'lowest-cost' | 'conditional';

export const STRATEGY_NAMES: readonly StrategyName[] = ['fallback', 'weighted', 'least-latency', 'lowest-cost', 'conditional'];

/** How hard a route tries before giving up. */
export interface RetryPolicy {
  /** Attempts per deployment, the first included (1 = never retry the same deployment). */
  readonly maxAttempts: number;
  /** Backoff base: the n-th retry waits up to `baseDelayMs × 2^(n-1)` (full jitter). */
  readonly baseDelayMs: number;
  /** Cap on one wait; a `retry-after` longer than this moves on to the next deployment instead. */
  readonly maxDelayMs: number;
  /** Retries allowed as a fraction of the route's recent requests (0.2 = 20%). */
  readonly budgetRatio: number;
  /** Retries (not fallbacks) one request may make in all; defaults to `maxAttempts - 1`. */
  readonly maxRetriesPerRequest?: number;
}

export interface RouteTimeouts {
  /** Passed to each attempt; the caller enforces it on streams. */
  readonly firstTokenMs?: number;
  /** Bounds the whole request: every attempt, wait and fallback. */
  readonly totalMs?: number;
}

export type LatencyClass = 'interactive' | 'batch';

/** A scalar a condition compares against: headers and metadata are strings, params may be anything. */
export type RuleScalar = string | number | boolean;

/**
 * One test on one request field. Every operator present must hold (so `gte` + `lt` is a range);
 * at least one operator is required.
 *
 * `field` is one of:
 * - `header.<name>` (name matched case-insensitively), `metadata.<key>`, `param.<name>`;
 * - `tenant`, `key` (the API key id), `latencyClass`;
 * - `estimatedInputTokens`, `maxOutputTokens`;
 * - `needs.tools`, `needs.vision`, `needs.jsonSchema`, `needs.streaming`.
 *
 * Equality compares strings to numbers and booleans by their text (`"5"` equals `5`), since
 * headers and metadata only carry strings. Numeric operators read strings as numbers; a value
 * that is missing or not a number fails them.
 */
export interface RuleCondition {
  readonly field: string;
  readonly equals?: RuleScalar;
  readonly notEquals?: RuleScalar;
  readonly in?: readonly RuleScalar[];
  readonly notIn?: readonly RuleScalar[];
  readonly gt?: number;
  readonly gte?: number;
  readonly lt?: number;
  readonly lte?: number;
  /** `true`: the field must be present; `false`: it must be absent. */
  readonly exists?: boolean;
}

/**
 * A conditional-routing rule. Rules are tried in order; the first whose conditions all hold (and
 * that leaves at least one eligible deployment) picks the candidates. A rule without `when` always
 * matches, so it serves as the default; with no matching rule every eligible deployment is used in
 * config order.
 */
export interface ConditionalRule {
  /** Shown in explanations; defaults to `rule <index>`. */
  readonly name?: string;
  /** One condition or a list that must all hold; omitted = always matches. */
  readonly when?: RuleCondition | readonly RuleCondition[];
  /** Deployment ids this rule selects, in preference order. */
  readonly deployments: readonly string[];
  /** How to order the selected deployments; defaults to `fallback` (the order listed). */
  readonly strategy?: Exclude<StrategyName, 'conditional'>;
  /**
   * `only` (default): the selected deployments are the whole candidate list.
   * `prefer`: the route's other eligible deployments follow them as fallbacks, in config order.
   */
  readonly mode?: 'only' | 'prefer';
}

/** Operator keys a condition may carry. */
export const RULE_OPERATORS = ['equals', 'notEquals', 'in', 'notIn', 'gt', 'gte', 'lt', 'lte', 'exists'] as const;

/** Fields without a `<prefix>.<name>` part. */
export const RULE_PLAIN_FIELDS = [
  'tenant',
  'key',
  'latencyClass',
  'estimatedInputTokens',
  'maxOutputTokens',
  'needs.tools',
  'needs.vision',
  'needs.jsonSchema',
  'needs.streaming',
] as const;

/** Prefixes followed by a name: `header.x-priority`, `metadata.team`, `param.temperature`. */
export const RULE_FIELD_PREFIXES = ['header.', 'metadata.', 'param.'] as const;
