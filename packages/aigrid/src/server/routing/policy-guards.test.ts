import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GuardConfig, PolicyConfig } from '../../config/config-types.js';
import { BUILTIN_DETECTOR_IDS } from '../../guard/guard.js';
import { effectiveDetectors, PolicyGuards } from './policy-guards.js';

const GUARD: GuardConfig = { patterns: { ticket: 'TCK-[0-9]{6}' }, dictionaries: { codename: ['Falcon'] } };
const policy = (name: string, fields: Partial<PolicyConfig> = {}): PolicyConfig => ({ name, onSensitive: 'block', ...fields });
const TEXT = { texts: ['mail jane.doe@example.com about TCK-123456 and Falcon'] };
const typesFound = (guards: PolicyGuards, which: PolicyConfig) => guards.for(which).classify(TEXT).findings.map((finding) => finding.type);

describe('PolicyGuards', () => {
  it('scans with every detector when a policy switches none on or off', () => {
    const all = policy('all');
    const guards = PolicyGuards.compile([all], GUARD);
    assert.equal(guards.for(all), guards.all);
    assert.deepEqual(typesFound(guards, all), ['codename', 'email', 'ticket']);
  });

  it('switched-off detectors are not compiled in; equal sets share one classifier', () => {
    const skip = policy('skip', { skipDetectors: ['email', 'codename'] });
    const only = policy('only', { detectors: ['email'] });
    const same = policy('same', { detectors: ['email', 'ticket'], skipDetectors: ['ticket'] });
    const guards = PolicyGuards.compile([skip, only, same], GUARD);
    assert.deepEqual(typesFound(guards, skip), ['ticket']);
    assert.ok(!guards.for(skip).detectorIds.includes('email'));
    assert.deepEqual(guards.for(only).detectorIds, ['email']);
    assert.equal(guards.for(only), guards.for(same), 'one classifier per distinct detector set');
  });

  it('refuses an unknown detector name at start', () => {
    assert.throws(() => PolicyGuards.compile([policy('p', { skipDetectors: ['passport'] })], GUARD), /policy "p": guard detector "passport" is unknown/);
  });

  it('effectiveDetectors lists built-ins then the guard block, less the skipped ones', () => {
    assert.deepEqual(effectiveDetectors(policy('p', { skipDetectors: ['ticket'] }), GUARD), [...BUILTIN_DETECTOR_IDS, 'codename']);
  });
});
