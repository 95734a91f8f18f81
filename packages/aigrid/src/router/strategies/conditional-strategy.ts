import { ruleLabel, ruleMatches } from '../rule-matching.js';
import type { Deployment, FilterKind, FilteredDeployment, RankedDeployment } from '../router-types.js';
import { BASE_STRATEGIES } from './base-strategies.js';
import type { RoutingStrategy } from './strategy-types.js';

/** Where each id stands in a rule's list (an id listed twice stands in both places). */
interface RuleSlots {
  readonly ids: readonly string[];
  readonly slots: ReadonlyMap<string, readonly number[]>;
}

const SLOTS = new WeakMap<readonly string[], RuleSlots>();

function ruleSlots(ids: readonly string[]): RuleSlots {
  const known = SLOTS.get(ids);
  if (known !== undefined && known.ids.length === ids.length && known.ids.every((id, index) => id === ids[index])) return known;
  const slots = new Map<string, number[]>();
  ids.forEach((id, index) => {
    const list = slots.get(id);
    if (list === undefined) slots.set(id, [index]);
    else list.push(index);
  });
  const made: RuleSlots = { ids: ids.slice(), slots };
  SLOTS.set(ids, made);
  return made;
}

/** Whether the deployment is the one its id picked (so among the selected). */
function isSelected(slots: ReadonlyMap<string, readonly number[]>, picked: ReadonlyArray<Deployment | undefined>, deployment: Deployment): boolean {
  const at = slots.get(deployment.id);
  return at !== undefined && picked[at[0]] === deployment;
}

const RULE_KINDS: readonly FilterKind[] = Object.freeze(['rule']);

// The no-rule notes are the same for every request: made once each, not per request and candidate.
const NO_RULE_NOTES: string[] = [];
function noRuleNote(index: number): string {
  return (NO_RULE_NOTES[index] ??= `no rule applies: config position ${index + 1}`);
}

/**
 * Rules in order: the first that matches the request and names at least one eligible deployment
 * picks the candidates, ordered by the rule's own strategy (fallback by default). A matching rule
 * whose deployments were all filtered out is passed over, so constraints never strand a request
 * behind a rule. With no rule applying, every eligible deployment is tried in config order.
 */
export const conditionalStrategy: RoutingStrategy = (candidates, context) => {
  const passedOver: string[] = [];
  const rules = context.rules ?? [];
  for (let index = 0; index < rules.length; index++) {
    const rule = rules[index];
    if (!ruleMatches(rule, context.features)) continue;
    const label = ruleLabel(rule, index);
    // Each id of the rule takes the last candidate of that id, in the rule's order.
    const { slots } = ruleSlots(rule.deployments);
    const picked: Array<Deployment | undefined> = new Array(rule.deployments.length).fill(undefined);
    let any = false;
    for (const deployment of candidates) {
      const at = slots.get(deployment.id);
      if (at === undefined) continue;
      any = true;
      for (const slot of at) picked[slot] = deployment;
    }
    if (!any) {
      passedOver.push(`${label} matched but none of its deployments is eligible`);
      continue;
    }
    const selected = picked.filter((d): d is Deployment => d !== undefined);
    const inner = BASE_STRATEGIES[rule.strategy ?? 'fallback'](selected, context);
    const ranking: RankedDeployment[] = inner.ranking.map((entry) => ({ ...entry, note: `${label}: ${entry.note}` }));
    if (rule.mode === 'prefer') {
      const note = `not preferred by ${label}: fallback`;
      for (const deployment of candidates) if (!isSelected(slots, picked, deployment)) ranking.push({ deployment, note });
      return { ranking };
    }
    const reason = `not selected by ${label}`;
    const excluded: FilteredDeployment[] = [];
    for (const deployment of candidates) if (!isSelected(slots, picked, deployment)) excluded.push({ deployment, reason, kinds: RULE_KINDS });
    return { ranking, excluded };
  }
  if (passedOver.length === 0) return { ranking: candidates.map((deployment, index) => ({ deployment, note: noRuleNote(index) })) };
  const prefix = `${passedOver.join('; ')}; `;
  return {
    ranking: candidates.map((deployment, index) => ({ deployment, note: `${prefix}no rule applies: config position ${index + 1}` })),
  };
};
