import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { conditionHolds, readRuleField, ruleMatches } from './rule-matching.js';
import { features } from '../../test/support/router/router-fixtures.js';

const request = features({
  headers: { 'x-priority': 'high', 'x-tier': '3' },
  metadata: { team: 'search' },
  params: { temperature: 0.2, stream: true },
  tenant: 'acme',
  keyId: 'key_1',
  estimatedInputTokens: 20_000,
});

describe('readRuleField', () => {
  it('reads headers case-insensitively, metadata, params and plain fields', () => {
    assert.equal(readRuleField(request, 'header.X-Priority'), 'high');
    assert.equal(readRuleField(request, 'metadata.team'), 'search');
    assert.equal(readRuleField(request, 'param.temperature'), 0.2);
    assert.equal(readRuleField(request, 'tenant'), 'acme');
    assert.equal(readRuleField(request, 'key'), 'key_1');
    assert.equal(readRuleField(request, 'needs.tools'), false);
    assert.equal(readRuleField(request, 'param.constructor'), undefined);
  });
});

describe('conditionHolds', () => {
  it('tests equality, lists and presence', () => {
    assert.equal(conditionHolds({ field: 'header.x-priority', equals: 'high' }, request), true);
    assert.equal(conditionHolds({ field: 'header.x-priority', notEquals: 'high' }, request), false);
    assert.equal(conditionHolds({ field: 'tenant', in: ['acme', 'globex'] }, request), true);
    assert.equal(conditionHolds({ field: 'tenant', notIn: ['acme'] }, request), false);
    assert.equal(conditionHolds({ field: 'metadata.region', exists: false }, request), true);
    assert.equal(conditionHolds({ field: 'metadata.team', exists: true }, request), true);
  });

  it('compares header text to numbers and booleans by their text', () => {
    assert.equal(conditionHolds({ field: 'header.x-tier', equals: 3 }, request), true);
    assert.equal(conditionHolds({ field: 'param.stream', equals: 'true' }, request), true);
  });

  it('compares numbers, reading numeric strings; missing values fail numeric tests', () => {
    assert.equal(conditionHolds({ field: 'estimatedInputTokens', gte: 16_000, lt: 32_000 }, request), true);
    assert.equal(conditionHolds({ field: 'param.temperature', gt: 0.5 }, request), false);
    assert.equal(conditionHolds({ field: 'header.x-tier', lte: 3 }, request), true);
    assert.equal(conditionHolds({ field: 'header.x-missing', lt: 10 }, request), false);
    assert.equal(conditionHolds({ field: 'header.x-priority', gt: 0 }, request), false);
  });
});

describe('ruleMatches', () => {
  it('needs every condition to hold; no conditions always matches', () => {
    const both = [
      { field: 'tenant', equals: 'acme' },
      { field: 'header.x-priority', equals: 'high' },
    ];
    assert.equal(ruleMatches({ when: both, deployments: ['a'] }, request), true);
    assert.equal(ruleMatches({ when: [...both, { field: 'key', equals: 'other' }], deployments: ['a'] }, request), false);
    assert.equal(ruleMatches({ deployments: ['a'] }, request), true);
  });
});
