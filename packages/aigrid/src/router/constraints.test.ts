import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyConstraints, regionAllowed } from './constraints.js';
import { deployment, features } from '../../test/support/router/router-fixtures.js';

const ids = (list: Array<{ id: string }>) => list.map((d) => d.id);

describe('applyConstraints', () => {
  it('sends a request too long for a small context window to a larger deployment', () => {
    const small = deployment('small', { contextWindow: 8_192 });
    const large = deployment('large', { contextWindow: 128_000 });
    const result = applyConstraints([small, large], features({ estimatedInputTokens: 10_000, maxOutputTokens: 2_000 }));
    assert.deepEqual(ids(result.eligible), ['large']);
    assert.equal(result.filtered[0].deployment.id, 'small');
    assert.deepEqual(result.filtered[0].kinds, ['context']);
    assert.match(result.filtered[0].reason, /context window 8192 < 12000 tokens needed/);
  });

  it('explains when no deployment fits, and never filters on an unknown window', () => {
    const result = applyConstraints([deployment('a', { contextWindow: 4_096 })], features({ estimatedInputTokens: 5_000 }));
    assert.equal(result.eligible.length, 0);
    assert.match(result.filtered[0].reason, /4096 < 5000/);
    const unknown = applyConstraints([deployment('b')], features({ estimatedInputTokens: 5_000_000 }));
    assert.deepEqual(ids(unknown.eligible), ['b']);
  });

  it('filters on max output tokens', () => {
    const result = applyConstraints([deployment('a', { maxOutputTokens: 4_096 })], features({ maxOutputTokens: 8_000 }));
    assert.deepEqual(result.filtered[0].kinds, ['output']);
  });

  it('filters on every capability the request needs, naming each', () => {
    const plain = deployment('plain', { capabilities: { tools: false, vision: false } });
    const full = deployment('full');
    const needs = { tools: true, vision: true, jsonSchema: false, streaming: true };
    const result = applyConstraints([plain, full], features({ needs }));
    assert.deepEqual(ids(result.eligible), ['full']);
    assert.match(result.filtered[0].reason, /tool calling/);
    assert.match(result.filtered[0].reason, /image input/);
  });

  it('keeps data in the allowed regions; an unknown region is not allowed', () => {
    const eu = deployment('eu', { region: 'eu-west-1' });
    const us = deployment('us', { region: 'us-east-1' });
    const unknown = deployment('unknown');
    const result = applyConstraints([eu, us, unknown], features({ allowedRegions: ['eu'] }));
    assert.deepEqual(ids(result.eligible), ['eu']);
    assert.deepEqual(
      result.filtered.map((f) => f.reason),
      ['region us-east-1 not in allowed eu', 'region unknown; allowed: eu'],
    );
  });

  it('local-only policies keep local and edge deployments', () => {
    const list = [deployment('cloud'), deployment('edge', { location: 'edge' }), deployment('local', { location: 'local' })];
    const result = applyConstraints(list, features({ allowedLocations: ['local', 'edge'] }));
    assert.deepEqual(ids(result.eligible), ['edge', 'local']);
    assert.deepEqual(result.filtered[0].kinds, ['location']);
  });

  it('caps price per million tokens, with the batch discount for batch requests; unknown price fails', () => {
    const pricey = deployment('pricey', { pricing: { inputPerMTokMicros: 2_000_000, outputPerMTokMicros: 8_000_000, batchDiscountPercent: 50 } });
    const unpriced = deployment('unpriced');
    const free = deployment('free', { pricing: { inputPerMTokMicros: 0, outputPerMTokMicros: 0 } });
    const cap = 5_000_000;
    const interactive = applyConstraints([pricey, unpriced, free], features({ maxPricePerMTokMicros: cap }));
    assert.deepEqual(ids(interactive.eligible), ['free']);
    assert.match(interactive.filtered[1].reason, /price unknown/);
    const batch = applyConstraints([pricey], features({ maxPricePerMTokMicros: cap, latencyClass: 'batch' }));
    assert.deepEqual(ids(batch.eligible), ['pricey']);
  });

  it('lists every failing reason for one deployment', () => {
    const d = deployment('d', { region: 'us', location: 'cloud', contextWindow: 100, capabilities: { vision: false } });
    const needs = { tools: false, vision: true, jsonSchema: false, streaming: false };
    const [filtered] = applyConstraints([d], features({ needs, allowedRegions: ['eu'], allowedLocations: ['local'] })).filtered;
    assert.deepEqual(filtered.kinds, ['capability', 'context', 'region', 'location']);
  });
});

describe('regionAllowed', () => {
  it('matches exactly or by a more specific region, case-insensitively', () => {
    assert.equal(regionAllowed('EU-West-1', ['eu']), true);
    assert.equal(regionAllowed('eu', ['eu']), true);
    assert.equal(regionAllowed('europe', ['eu']), false);
    assert.equal(regionAllowed('global', ['eu']), false);
    assert.equal(regionAllowed('global', ['global']), true);
  });
});
