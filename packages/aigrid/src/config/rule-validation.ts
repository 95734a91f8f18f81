import { RULE_FIELD_PREFIXES, RULE_OPERATORS, RULE_PLAIN_FIELDS, STRATEGY_NAMES } from '../spec/routing-vocabulary.js';

/** A problem found in routing config, with a dotted path such as `rules[0].when.field`. */
export interface RoutingIssue {
  readonly path: string;
  readonly message: string;
}

const RULE_KEYS = new Set(['name', 'when', 'deployments', 'strategy', 'mode']);
const CONDITION_KEYS = new Set<string>(['field', ...RULE_OPERATORS]);
const NUMERIC_OPERATORS = ['gt', 'gte', 'lt', 'lte'] as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isScalar = (value: unknown): boolean =>
  typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));

/** Whether a field name is one `readRuleField` understands. */
export function isKnownRuleField(field: string): boolean {
  if ((RULE_PLAIN_FIELDS as readonly string[]).includes(field)) return true;
  return RULE_FIELD_PREFIXES.some((prefix) => field.startsWith(prefix) && field.length > prefix.length);
}

function validateCondition(condition: unknown, path: string): RoutingIssue[] {
  if (!isRecord(condition)) return [{ path, message: 'must be an object with a field and an operator' }];
  const issues: RoutingIssue[] = [];
  for (const key of Object.keys(condition)) {
    if (!CONDITION_KEYS.has(key)) issues.push({ path: `${path}.${key}`, message: `unknown key; use field or one of ${RULE_OPERATORS.join(', ')}` });
  }
  const field = condition.field;
  if (typeof field !== 'string' || !isKnownRuleField(field)) {
    const plain = RULE_PLAIN_FIELDS.join(', ');
    issues.push({ path: `${path}.field`, message: `must be header.<name>, metadata.<key>, param.<name> or one of ${plain}` });
  }
  if (!RULE_OPERATORS.some((operator) => condition[operator] !== undefined)) {
    issues.push({ path, message: `needs at least one operator (${RULE_OPERATORS.join(', ')})` });
  }
  for (const operator of ['equals', 'notEquals'] as const) {
    if (condition[operator] !== undefined && !isScalar(condition[operator])) {
      issues.push({ path: `${path}.${operator}`, message: 'must be a string, number or boolean' });
    }
  }
  for (const operator of ['in', 'notIn'] as const) {
    const list = condition[operator];
    if (list !== undefined && (!Array.isArray(list) || list.length === 0 || !list.every(isScalar))) {
      issues.push({ path: `${path}.${operator}`, message: 'must be a non-empty list of strings, numbers or booleans' });
    }
  }
  for (const operator of NUMERIC_OPERATORS) {
    const bound = condition[operator];
    if (bound !== undefined && (typeof bound !== 'number' || !Number.isFinite(bound))) {
      issues.push({ path: `${path}.${operator}`, message: 'must be a finite number' });
    }
  }
  if (condition.exists !== undefined && typeof condition.exists !== 'boolean') {
    issues.push({ path: `${path}.exists`, message: 'must be true or false' });
  }
  return issues;
}

function validateRuleDeployments(list: unknown, known: ReadonlySet<string>, path: string): RoutingIssue[] {
  if (!Array.isArray(list) || list.length === 0) return [{ path, message: 'must list at least one deployment id' }];
  return list.flatMap((id, index) =>
    typeof id === 'string' && known.has(id)
      ? []
      : [{ path: `${path}[${index}]`, message: `'${String(id)}' is not a deployment of this route (${[...known].join(', ')})` }],
  );
}

/**
 * Checks conditional rules strictly: unknown keys, unknown fields, operators of the wrong type and
 * deployment ids the route does not have are all errors. Returns no issues when the rules are valid.
 */
export function validateRules(rules: unknown, deploymentIds: readonly string[], path = 'rules'): RoutingIssue[] {
  if (!Array.isArray(rules)) return [{ path, message: 'must be a list of rules' }];
  const known = new Set(deploymentIds);
  return rules.flatMap((rule, index): RoutingIssue[] => {
    const at = `${path}[${index}]`;
    if (!isRecord(rule)) return [{ path: at, message: 'must be an object' }];
    const issues: RoutingIssue[] = Object.keys(rule)
      .filter((key) => !RULE_KEYS.has(key))
      .map((key) => ({ path: `${at}.${key}`, message: `unknown key; use ${[...RULE_KEYS].join(', ')}` }));
    if (rule.name !== undefined && typeof rule.name !== 'string') issues.push({ path: `${at}.name`, message: 'must be a string' });
    if (rule.when !== undefined) {
      const conditions = Array.isArray(rule.when) ? rule.when : [rule.when];
      const base = Array.isArray(rule.when) ? (i: number) => `${at}.when[${i}]` : () => `${at}.when`;
      conditions.forEach((condition, i) => issues.push(...validateCondition(condition, base(i))));
    }
    issues.push(...validateRuleDeployments(rule.deployments, known, `${at}.deployments`));
    const strategies = STRATEGY_NAMES.filter((name) => name !== 'conditional') as readonly unknown[];
    if (rule.strategy !== undefined && !strategies.includes(rule.strategy)) {
      issues.push({ path: `${at}.strategy`, message: `must be one of ${strategies.join(', ')}` });
    }
    if (rule.mode !== undefined && rule.mode !== 'only' && rule.mode !== 'prefer') {
      issues.push({ path: `${at}.mode`, message: "must be 'only' or 'prefer'" });
    }
    return issues;
  });
}
