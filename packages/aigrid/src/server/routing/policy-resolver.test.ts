import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PolicyConfig } from '../../config/config-types.js';
import { resolvePolicy } from './policy-resolver.js';

const policy = (name: string, fields: Partial<PolicyConfig> = {}): PolicyConfig => ({ name, onSensitive: 'allow', ...fields });

describe('resolvePolicy', () => {
  it('covers nothing without policies, and only what a policy names', () => {
    assert.equal(resolvePolicy([], 'acme', 'chat'), undefined);
    const scoped = [policy('p', { tenants: ['acme'], routes: ['chat'] })];
    assert.equal(resolvePolicy(scoped, 'other', 'chat'), undefined);
    assert.equal(resolvePolicy(scoped, 'acme', 'embed'), undefined);
    assert.equal(resolvePolicy(scoped, 'acme', 'chat')?.name, 'p');
  });

  it('prefers the most specific policy, then the strictest', () => {
    const policies = [
      policy('everyone', { onSensitive: 'block' }),
      policy('tenant', { tenants: ['acme'], onSensitive: 'allow' }),
      policy('route', { routes: ['chat'], onSensitive: 'redact' }),
      policy('both', { tenants: ['acme'], routes: ['chat'], onSensitive: 'allow' }),
    ];
    assert.equal(resolvePolicy(policies, 'acme', 'chat')?.name, 'both');
    assert.equal(resolvePolicy(policies, 'other', 'chat')?.name, 'route');
    assert.equal(resolvePolicy(policies, 'acme', 'embed')?.name, 'tenant');
    assert.equal(resolvePolicy(policies, 'other', 'embed')?.name, 'everyone');
    const tied = [policy('redact', { routes: ['chat'], onSensitive: 'redact' }), policy('local', { routes: ['chat'], onSensitive: 'local-only' })];
    assert.equal(resolvePolicy(tied, 'acme', 'chat')?.name, 'local');
  });

  it('keeps the new fields on the policy it returns', () => {
    const found = resolvePolicy([policy('p', { onSensitive: 'local-only', onUncertain: 'local', skipDetectors: ['phone'] })], 'acme', 'chat');
    assert.deepEqual([found?.onUncertain, found?.skipDetectors], ['local', ['phone']]);
  });
});
