import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { GovernanceView } from './governance-view.js';
import { checkKeyOwner } from './key-owner.js';
import { GridError } from '../spec/grid-error.js';

// Only `tenants` and `projects` are read.
const view = {
  tenants: { acme: { name: 'acme', prices: {} } },
  projects: { 'acme/web': { name: 'acme/web', tenant: 'acme' } },
} as unknown as GovernanceView;
const hints = { createTenant: 'add --create-tenant' };

function refusal(input: Parameters<typeof checkKeyOwner>[1]): GridError {
  try {
    checkKeyOwner(view, input, hints);
  } catch (error) {
    assert.ok(error instanceof GridError);
    return error;
  }
  assert.fail('not refused');
}

test('an existing tenant and project pass; a missing tenant only when asked to create it', () => {
  assert.deepEqual(checkKeyOwner(view, { name: 'ci', tenant: 'acme', project: 'acme/web' }, hints), { createTenant: false });
  assert.deepEqual(checkKeyOwner(view, { name: 'ci', tenant: 'ghost', createTenant: true }, hints), { createTenant: true });
  assert.deepEqual(checkKeyOwner(view, { name: 'ci', tenant: 'acme', createTenant: true }, hints), { createTenant: false });
  const missing = refusal({ name: 'ci', tenant: 'ghost' });
  assert.deepEqual([missing.code, missing.param], ['resource_not_found', 'tenant']);
  assert.equal(missing.message, "No tenant 'ghost': create it first, or add --create-tenant to create it with the key.");
});

test('names follow names.ts, and a huge client value is quoted as a short prefix', () => {
  assert.equal(refusal({ name: 'my key', tenant: 'acme' }).param, 'name');
  assert.equal(refusal({ name: 'ci', tenant: 'Bad Tenant!', createTenant: true }).param, 'tenant');
  const huge = refusal({ name: 'ci', tenant: 'X'.repeat(1_000_000), createTenant: true });
  assert.ok(huge.message.length < 300, `${huge.message.length} characters`);
  const project = refusal({ name: 'ci', tenant: 'acme', project: 'acme/api' });
  assert.deepEqual([project.code, project.param, project.message], ['resource_not_found', 'project', "No project 'acme/api' exists."]);
  assert.equal(refusal({ name: 'ci', tenant: 'ghost', project: 'acme/web', createTenant: true }).message, "Project 'acme/web' belongs to another tenant.");
});
