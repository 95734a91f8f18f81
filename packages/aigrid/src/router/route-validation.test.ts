import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateRouteSpec } from './route-validation.js';
import { deployment, routeOf } from '../../test/support/router/router-fixtures.js';
import { validateRules } from '../config/rule-validation.js';

const paths = (issues: Array<{ path: string }>) => issues.map((issue) => issue.path);

describe('validateRules', () => {
  it('accepts a well-formed rule list', () => {
    const rules = [
      { name: 'vip', when: { field: 'header.x-priority', equals: 'high' }, deployments: ['a'], strategy: 'least-latency', mode: 'prefer' },
      { when: [{ field: 'estimatedInputTokens', gte: 1000, lt: 5000 }], deployments: ['b', 'a'] },
      { deployments: ['b'] },
    ];
    assert.deepEqual(validateRules(rules, ['a', 'b']), []);
  });

  it('reports unknown keys, fields, operators, ids and wrong types with their paths', () => {
    const rules = [
      { when: { field: 'headers.x', equal: 'a' }, deployments: ['zz'], extra: 1 },
      { when: [{ field: 'tenant', in: [] }, { field: 'param.t', gt: '1' }], deployments: [] },
      { deployments: ['a'], strategy: 'conditional', mode: 'always' },
      'not a rule',
    ];
    assert.deepEqual(paths(validateRules(rules, ['a'])), [
      'rules[0].extra',
      'rules[0].when.equal',
      'rules[0].when.field',
      'rules[0].when',
      'rules[0].deployments[0]',
      'rules[1].when[0].in',
      'rules[1].when[1].gt',
      'rules[1].deployments',
      'rules[2].strategy',
      'rules[2].mode',
      'rules[3]',
    ]);
  });
});

describe('validateRouteSpec', () => {
  it('accepts a default route', () => {
    assert.deepEqual(validateRouteSpec(routeOf([deployment('a'), deployment('b')])), []);
  });

  it('catches duplicate ids, bad weights, retry numbers and a conditional route without rules', () => {
    const route = routeOf([deployment('a'), deployment('a', { weight: -1 })], {
      strategy: 'conditional',
      retries: { maxAttempts: 0, budgetRatio: 2 },
    });
    assert.deepEqual(paths(validateRouteSpec(route)), [
      'deployments[1].id',
      'deployments[1].weight',
      'retries.maxAttempts',
      'retries.budgetRatio',
      'rules',
    ]);
  });
});
