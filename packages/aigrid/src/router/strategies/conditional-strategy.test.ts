import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HealthTracker } from '../health/health-tracker.js';
import { seededRandom } from '../router-deps.js';
import { deployment, fakeClock, features } from '../../../test/support/router/router-fixtures.js';
import type { ConditionalRule, RequestFeatures } from '../router-types.js';
import { conditionalStrategy } from './conditional-strategy.js';

const list = [deployment('cheap'), deployment('premium-1'), deployment('premium-2'), deployment('long')];
const rules: ConditionalRule[] = [
  { name: 'vip', when: { field: 'header.x-priority', equals: 'high' }, deployments: ['premium-2', 'premium-1'] },
  { name: 'big', when: { field: 'estimatedInputTokens', gt: 50_000 }, deployments: ['long'], mode: 'prefer' },
  { name: 'acme', when: { field: 'tenant', in: ['acme'] }, deployments: ['premium-1', 'cheap'], strategy: 'lowest-cost' },
];

const run = (request: RequestFeatures, candidates = list, ruleList = rules) =>
  conditionalStrategy(candidates, { features: request, health: new HealthTracker(fakeClock().now), random: seededRandom(1), rules: ruleList });
const ids = (entries: Array<{ deployment: { id: string } }>) => entries.map((entry) => entry.deployment.id);

describe('conditionalStrategy', () => {
  it('the first matching rule picks the candidates, in its order, and excludes the rest', () => {
    const result = run(features({ headers: { 'x-priority': 'high' }, estimatedInputTokens: 90_000 }));
    assert.deepEqual(ids(result.ranking), ['premium-2', 'premium-1']);
    assert.deepEqual(ids(result.excluded ?? []), ['cheap', 'long']);
    assert.equal(result.excluded?.[0].reason, 'not selected by vip');
    assert.match(result.ranking[0].note, /^vip: /);
  });

  it("'prefer' keeps the other deployments as fallbacks", () => {
    const result = run(features({ estimatedInputTokens: 90_000 }));
    assert.deepEqual(ids(result.ranking), ['long', 'cheap', 'premium-1', 'premium-2']);
    assert.equal(result.excluded, undefined);
  });

  it("delegates ordering to the rule's strategy", () => {
    const pricedList = [
      deployment('cheap', { pricing: { inputPerMTokMicros: 1, outputPerMTokMicros: 1 } }),
      deployment('premium-1', { pricing: { inputPerMTokMicros: 9, outputPerMTokMicros: 9 } }),
    ];
    assert.deepEqual(ids(run(features({ tenant: 'acme' }), pricedList).ranking), ['cheap', 'premium-1']);
  });

  it('passes over a matching rule whose deployments were all filtered out', () => {
    const eligible = list.filter((d) => !d.id.startsWith('premium'));
    const result = run(features({ headers: { 'x-priority': 'high' }, estimatedInputTokens: 90_000 }), eligible);
    assert.deepEqual(ids(result.ranking), ['long', 'cheap']);
  });

  it('uses every eligible deployment in config order when no rule applies', () => {
    const result = run(features());
    assert.deepEqual(ids(result.ranking), list.map((d) => d.id));
    assert.match(result.ranking[0].note, /no rule applies/);
  });

  it('a rule without conditions is the default', () => {
    const withDefault = [...rules, { name: 'default', deployments: ['cheap'] }];
    assert.deepEqual(ids(run(features(), list, withDefault).ranking), ['cheap']);
  });
});
