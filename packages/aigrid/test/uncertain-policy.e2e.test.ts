import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import { startHarness, type Harness } from './support/gateway-harness.js';
import { startMockOpenAI, type MockUpstream } from './support/mock-openai.js';
import { waitFor } from './support/wait-for.js';

/*
 * `on_uncertain = "local"`: a request whose only hits are uncertain candidates (scored near, but
 * below, a detector's threshold) is kept local like a sensitive one; the default ignores them.
 * Which texts yield such a candidate depends on the detectors' scoring, which is still being
 * tuned, so the test picks the first of CANDIDATES that does, and skips (saying so) if none does.
 */

// A secret-like value just below the entropy threshold, then phone-like numbers with weak context.
const CANDIDATES = ['DB_PASSWORD=Spring2025Spring2025x', 'number 612 34 56 78', 'the number 612 34 56 78', 'number 0612 34 56 78', 'ref 415 555 2671'];

const config = (local: string) => `
provider "local" {
  type     = "vllm"
  base_url = "${local}"
}
route "cautious" {
  deployment {
    name     = "cloud"
    provider = "mock"
    model    = "gpt-test"
  }
  deployment {
    name     = "on-prem"
    provider = "local"
    model    = "gpt-test"
  }
}
route "trusting" {
  deployment {
    name     = "cloud"
    provider = "mock"
    model    = "gpt-test"
  }
  deployment {
    name     = "on-prem"
    provider = "local"
    model    = "gpt-test"
  }
}
policy "cautious-local" {
  routes       = ["cautious"]
  on_sensitive = "local-only"
  on_uncertain = "local"
}
policy "trusting-local" {
  routes       = ["trusting"]
  on_sensitive = "local-only"
}
`;

let harness: Harness;
let local: MockUpstream;
let client: OpenAI;

before(async () => {
  local = await startMockOpenAI();
  harness = await startHarness({ extraConfig: config(local.url) });
  client = new OpenAI({ apiKey: harness.key, baseURL: `${harness.gateway.url}/v1`, maxRetries: 0 });
});
after(async () => {
  await harness.close();
  await local.close();
});

/** The first candidate text the gateway's own classifier finds nothing in but something uncertain. */
function uncertainSample(): { text: string; types: string[] } | undefined {
  for (const text of CANDIDATES) {
    const result = harness.gateway.deps.guards.all.classify({ texts: [text] });
    if (result.findings.length === 0 && result.uncertain.length > 0) return { text, types: result.uncertain.map((finding) => finding.type) };
  }
  return undefined;
}

test('uncertain candidates keep a request local only where the policy says so', async (t) => {
  const sample = uncertainSample();
  if (!sample) {
    t.skip('no built-in detector yields an uncertain candidate for the sample texts yet (to be completed with the scored detectors)');
    return;
  }
  const ask = (model: string) =>
    client.chat.completions.create({ model, messages: [{ role: 'user', content: sample.text }] }, { headers: { 'x-aigrid-explain': 'true' } }).withResponse();
  const cloudBefore = harness.mock.received.length;
  const cautious = await ask('cautious');
  assert.equal(cautious.response.headers.get('x-aigrid-route'), 'on-prem');
  assert.equal(harness.mock.received.length, cloudBefore, 'the cloud received nothing');
  const explanation = JSON.parse(cautious.response.headers.get('x-aigrid-explain')!);
  assert.match(explanation.policy, new RegExp(`cautious-local.*on_uncertain = local.*uncertain ${sample.types[0]}`));

  const trusting = await ask('trusting');
  assert.equal(trusting.response.headers.get('x-aigrid-route'), 'cloud', 'on_uncertain defaults to ignore');

  const rows = await waitFor(async () => {
    const all = await harness.gateway.deps.store.requestLog.list({ limit: 50 });
    return all.some((row) => row.policy === 'cautious-local') ? all : undefined;
  });
  const row = rows.find((entry) => entry.policy === 'cautious-local')!;
  assert.deepEqual(row.guardFindings, sample.types.map((type) => ({ type, count: 1, uncertain: true })));
});
