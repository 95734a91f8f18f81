import { ruleLabel, ruleMatches } from '../rule-matching.js';
import type { Deployment, FilteredDeployment, RankedDeployment } from '../router-types.js';
import { BASE_STRATEGIES } from './base-strategies.js';
import type { RoutingStrategy } from './strategy-types.js';

/**
 * Rules in order: the first that matches the request and names at least one eligible deployment
 * picks the candidates, ordered by the rule's own strategy (fallback by default). A matching rule
 * whose deployments were all filtered out is passed over, so constraints never strand a request
 * behind a rule. With no rule applying, every eligible deployment is tried in config order.
 */
export const conditionalStrategy: RoutingStrategy = (candidates, context) => {
  const passedOver: string[] = [];
  const rules = context.rules ?? [];
  for (const [index, rule] of rules.entries()) {
    if (!ruleMatches(rule, context.features)) continue;
    const label = ruleLabel(rule, index);
    const byId = new Map(candidates.map((deployment) => [deployment.id, deployment]));
    const selected = rule.deployments.map((id) => byId.get(id)).filter((d): d is Deployment => d !== undefined);
    if (selected.length === 0) {
      passedOver.push(`${label} matched but none of its deployments is eligible`);
      continue;
    }
    const inner = BASE_STRATEGIES[rule.strategy ?? 'fallback'](selected, context);
    const ranking: RankedDeployment[] = inner.ranking.map((entry) => ({ ...entry, note: `${label}: ${entry.note}` }));
    const rest = candidates.filter((deployment) => !selected.includes(deployment));
    if (rule.mode === 'prefer') {
      ranking.push(...rest.map((deployment) => ({ deployment, note: `not preferred by ${label}: fallback` })));
      return { ranking };
    }
    const excluded: FilteredDeployment[] = rest.map((deployment) => ({ deployment, reason: `not selected by ${label}`, kinds: ['rule'] }));
    return { ranking, excluded };
  }
  const prefix = passedOver.length > 0 ? `${passedOver.join('; ')}; ` : '';
  return {
    ranking: candidates.map((deployment, index) => ({ deployment, note: `${prefix}no rule applies: config position ${index + 1}` })),
  };
};
