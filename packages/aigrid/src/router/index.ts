// The routing core's public surface: plan a request, run the plan, explain it.
export type {
  ConditionalRule,
  Deployment,
  DeploymentCapabilities,
  DeploymentLocation,
  DeploymentPricing,
  FilteredDeployment,
  FilterKind,
  HealthTier,
  LatencyClass,
  RankedDeployment,
  RequestFeatures,
  RetryPolicy,
  RouteSpec,
  RoutePlan,
  RouteTimeouts,
  RuleCondition,
  StrategyName,
} from './router-types.js';
export { STRATEGY_NAMES } from './router-types.js';
export type { RuleScalar } from '../spec/routing-vocabulary.js';
export { RULE_OPERATORS, RULE_PLAIN_FIELDS, RULE_FIELD_PREFIXES } from '../spec/routing-vocabulary.js';
export { conditionHolds, readRuleField, ruleMatches } from './rule-matching.js';
export { validateRules, isKnownRuleField, type RoutingIssue } from '../config/rule-validation.js';
export { validateRouteSpec } from './route-validation.js';
export {
  DEFAULT_RETRY_POLICY,
  DEFAULT_TIMEOUTS,
  UNKNOWN_CAPABILITIES,
  makeDeployment,
  makeRouteSpec,
  type DeploymentInput,
  type RouteSpecInput,
} from './route-defaults.js';
export {
  seededRandom,
  systemClock,
  systemRandom,
  systemSchedule,
  systemSleep,
  type Clock,
  type RandomSource,
  type Schedule,
  type Sleep,
} from './router-deps.js';
export { applyConstraints, regionAllowed, type ConstraintResult } from './constraints.js';
export { DEFAULT_EXPECTED_OUTPUT_TOKENS, effectivePrices, estimateCostMicros } from './cost-estimate.js';
export { STRATEGIES } from './strategies/strategy-registry.js';
export { DEFAULT_EXPLORATION_RATE, type RoutingStrategy, type StrategyContext, type StrategyResult } from './strategies/strategy-types.js';
export { HealthTracker } from './health/health-tracker.js';
export { CircuitBreaker } from './health/circuit-breaker.js';
export { healthTier, orderByHealth } from './health/health-ordering.js';
export {
  DEFAULT_HEALTH_OPTIONS,
  type AttemptTiming,
  type BreakerState,
  type DeploymentHealth,
  type HealthLease,
  type HealthOptions,
  type HealthRecorder,
  type HealthSnapshotEntry,
  type HealthView,
} from './health/health-types.js';
export { classifyFailure, type FailureClass } from './failure-classes.js';
export { RetryBudget, DEFAULT_RETRY_BUDGET_OPTIONS, type RetryBudgetOptions, type RetryBudgetPort } from './retry-budget.js';
export { backoffDelayMs, retryWait } from './backoff.js';
export type { AttemptContext, AttemptDecision, AttemptFunction, AttemptOutcome, AttemptRecord } from './attempt-types.js';
export { executeWithFallback, type ExecuteDeps, type ExecuteOptions, type ExecutionResult } from './execute-with-fallback.js';
export { RoutingError, attemptsOf, noCandidateError } from './routing-error.js';
export { planRoute, type PlanDeps } from './plan-route.js';
export { routeFromModelList } from './model-list-route.js';
export { planModelList } from './plan-model-list.js';
export { explainPlan, explainHeaderValue, routeHeaderValue, type RouteExplanation } from './explain.js';
