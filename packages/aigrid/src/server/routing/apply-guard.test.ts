import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PolicyConfig } from '../../config/config-types.js';
import type { Classifier, GuardResult } from '../../guard/guard.js';
import { GridError } from '../../spec/grid-error.js';
import { createLogger } from '../logger.js';
import { RequestContext } from '../request-context.js';
import { applyGuard, type GuardDeps } from './apply-guard.js';
import { CHAT_ENDPOINT } from './chat-endpoint.js';
import type { PolicyGuards } from './policy-guards.js';

// A classifier that answers what the test says: the scored detectors that yield uncertain
// candidates are still being written, so on_uncertain is pinned down here without them.
function stubbed(result: Partial<GuardResult>) {
  const refusals: unknown[] = [];
  const classifier = { classify: () => ({ sensitive: false, findings: [], spans: [], uncertain: [], ...result }) } as unknown as Classifier;
  const deps: GuardDeps = {
    guards: { for: () => classifier } as unknown as PolicyGuards,
    audit: { append: async (entry: unknown) => void refusals.push(entry) } as unknown as GuardDeps['audit'],
    logger: createLogger('silent'),
  };
  return { deps, refusals };
}

const REQUEST = { model: 'm', messages: [{ role: 'user' as const, content: 'call 612 34 56 78' }] };
const context = () => new RequestContext('req_test', '/v1/chat/completions', () => undefined);
const policy = (fields: Partial<PolicyConfig>): PolicyConfig => ({ name: 'p', onSensitive: 'local-only', ...fields });
const UNCERTAIN = { uncertain: [{ type: 'phone', category: 'pii' as const, count: 1 }] };
const PHONE = { sensitive: true, findings: [{ type: 'phone', category: 'pii' as const, count: 1 }] };

describe('applyGuard: on_uncertain', () => {
  it('"local" confines a request whose only hits are uncertain, and logs them as uncertain', () => {
    const request = context();
    const outcome = applyGuard(stubbed(UNCERTAIN).deps, request, CHAT_ENDPOINT, REQUEST, policy({ onUncertain: 'local' }));
    assert.deepEqual(outcome.allowedLocations, ['local', 'edge']);
    assert.equal(outcome.request, REQUEST, 'nothing is redacted');
    assert.equal(outcome.note, "policy 'p' (local-only, on_uncertain = local): uncertain phone");
    assert.deepEqual(request.guardFindings, [{ type: 'phone', count: 1, uncertain: true }]);
    assert.equal(request.policy, 'p');
  });

  it('unset (ignore) lets the same request go anywhere', () => {
    const request = context();
    const outcome = applyGuard(stubbed(UNCERTAIN).deps, request, CHAT_ENDPOINT, REQUEST, policy({}));
    assert.equal(outcome.allowedLocations, undefined);
    assert.deepEqual(request.guardFindings, []);
  });

  it('findings decide over uncertain candidates', () => {
    const request = context();
    const outcome = applyGuard(stubbed({ ...PHONE, uncertain: [{ type: 'email', category: 'pii', count: 2 }] }).deps, request, CHAT_ENDPOINT, REQUEST, policy({ onUncertain: 'local' }));
    assert.deepEqual(outcome.allowedLocations, ['local', 'edge']);
    assert.equal(outcome.note, "policy 'p' (local-only): phone");
    assert.deepEqual(request.guardFindings, [{ type: 'phone', count: 1 }]);
  });
});

describe('applyGuard: actions', () => {
  it('block refuses and audits the detector types', () => {
    const { deps, refusals } = stubbed(PHONE);
    assert.throws(() => applyGuard(deps, context(), CHAT_ENDPOINT, REQUEST, policy({ onSensitive: 'block' })), (error: unknown) => error instanceof GridError && error.code === 'policy_blocked');
    assert.deepEqual((refusals[0] as { details: { detectors: string[] } }).details.detectors, ['phone']);
  });

  it('allow records findings and changes nothing', () => {
    const request = context();
    const outcome = applyGuard(stubbed(PHONE).deps, request, CHAT_ENDPOINT, REQUEST, policy({ onSensitive: 'allow' }));
    assert.deepEqual(outcome, { request: REQUEST });
    assert.deepEqual(request.guardFindings, [{ type: 'phone', count: 1 }]);
  });

  it('uncertain candidates never block or redact', () => {
    for (const onSensitive of ['block', 'redact'] as const) {
      const outcome = applyGuard(stubbed(UNCERTAIN).deps, context(), CHAT_ENDPOINT, REQUEST, policy({ onSensitive }));
      assert.deepEqual(outcome, { request: REQUEST });
    }
  });
});
