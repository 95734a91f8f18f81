import type { RequestFeatures } from './router-types.js';
import type { ConditionalRule, RuleCondition, RuleScalar } from '../spec/routing-vocabulary.js';

/** Reads a rule field from the request; `undefined` when absent. */
export function readRuleField(features: RequestFeatures, field: string): unknown {
  if (field.startsWith('header.')) return headerValue(features.headers, field.slice('header.'.length));
  if (field.startsWith('metadata.')) return ownValue(features.metadata, field.slice('metadata.'.length));
  if (field.startsWith('param.')) return ownValue(features.params, field.slice('param.'.length));
  if (field.startsWith('needs.')) return ownValue(features.needs, field.slice('needs.'.length));
  switch (field) {
    case 'tenant':
      return features.tenant;
    case 'key':
      return features.keyId;
    case 'latencyClass':
      return features.latencyClass;
    case 'estimatedInputTokens':
      return features.estimatedInputTokens;
    case 'maxOutputTokens':
      return features.maxOutputTokens;
    default:
      return undefined;
  }
}

// Own properties only, so `param.constructor` never reads the prototype.
function ownValue(record: object | undefined, name: string): unknown {
  return record && Object.hasOwn(record, name) ? (record as Record<string, unknown>)[name] : undefined;
}

function headerValue(headers: Readonly<Record<string, string | string[] | undefined>>, name: string): unknown {
  const lower = name.toLowerCase();
  const exact = ownValue(headers, lower);
  if (exact !== undefined) return typeof exact === 'string' ? exact : undefined;
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === lower);
  const value = key === undefined ? undefined : headers[key];
  return typeof value === 'string' ? value : undefined;
}

function sameScalar(value: unknown, expected: RuleScalar): boolean {
  if (value === expected) return true;
  // Headers and metadata carry text: "5" equals 5, "true" equals true.
  const scalar = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
  return scalar && String(value) === String(expected);
}

function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : undefined;
  }
  return undefined;
}

/** Whether one condition holds for the request: every operator it carries must hold. */
export function conditionHolds(condition: RuleCondition, features: RequestFeatures): boolean {
  const value = readRuleField(features, condition.field);
  const present = value !== undefined && value !== null;
  if (condition.exists !== undefined && condition.exists !== present) return false;
  if (condition.equals !== undefined && !sameScalar(value, condition.equals)) return false;
  if (condition.notEquals !== undefined && sameScalar(value, condition.notEquals)) return false;
  if (condition.in !== undefined && !condition.in.some((item) => sameScalar(value, item))) return false;
  if (condition.notIn !== undefined && condition.notIn.some((item) => sameScalar(value, item))) return false;
  if (condition.gt === undefined && condition.gte === undefined && condition.lt === undefined && condition.lte === undefined) return true;
  const number = asNumber(value);
  if (number === undefined) return false;
  if (condition.gt !== undefined && !(number > condition.gt)) return false;
  if (condition.gte !== undefined && !(number >= condition.gte)) return false;
  if (condition.lt !== undefined && !(number < condition.lt)) return false;
  if (condition.lte !== undefined && !(number <= condition.lte)) return false;
  return true;
}

/** Whether every condition of the rule holds; a rule without `when` always matches. */
export function ruleMatches(rule: ConditionalRule, features: RequestFeatures): boolean {
  if (rule.when === undefined) return true;
  if (!Array.isArray(rule.when)) return conditionHolds(rule.when as RuleCondition, features);
  const conditions: readonly RuleCondition[] = rule.when;
  return conditions.every((condition) => conditionHolds(condition, features));
}

/** The name a rule is shown under. */
export const ruleLabel = (rule: ConditionalRule, index: number): string => rule.name ?? `rule ${index + 1}`;
