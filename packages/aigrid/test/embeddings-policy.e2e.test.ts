import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import { ADMIN_KEY, startHarness, type Harness } from './support/gateway-harness.js';
import { startMockOpenAI, type MockUpstream } from './support/mock-openai.js';
import { waitFor } from './support/wait-for.js';

/*
 * /v1/embeddings under privacy policies and budgets, through the official openai client: it goes
 * through the same guarded stage as chat (guard, policy, plan, admission).
 */

const EMAIL = 'jane.doe@example.com';
// cl100k_base ids of "mail jane.doe@example.com now" and of "hello world".
const EMAIL_TOKENS = [3796, 99706, 962, 4748, 36587, 916, 1457];
const PLAIN_TOKENS = [15339, 1917];

const config = (local: string) => `
provider "local" {
  type     = "vllm"
  base_url = "${local}"
}
route "embed-private" {
  deployment {
    name     = "cloud"
    provider = "mock"
    model    = "embed-test"
  }
  deployment {
    name     = "on-prem"
    provider = "local"
    model    = "embed-test"
  }
}
route "embed-redacted" {
  deployment {
    provider = "mock"
    model    = "embed-test"
  }
}
model_card "openai-compatible/embed-priced" {
  kind        = "embedding"
  input_price = 1000
}
model "embed-priced" {
  provider       = "mock"
  upstream_model = "embed-test"
  card           = "openai-compatible/embed-priced"
}
policy "keep-local" {
  routes       = ["embed-private"]
  on_sensitive = "local-only"
}
policy "redact-embeddings" {
  routes       = ["embed-redacted"]
  on_sensitive = "redact"
}
tenant "strict" {}
policy "strict-local" {
  tenants      = ["strict"]
  on_sensitive = "local-only"
}
tenant "metered" {}
budget "metered-total" {
  scope  = "tenant:metered"
  amount = 0.01
  period = "total"
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

const embed = (model: string, input: string | string[] | number[][], as = client) =>
  as.embeddings.create({ model, input, encoding_format: 'float' }).withResponse();

const clientOf = async (tenant: string) => {
  const { secret } = await harness.createKey({ name: tenant, tenant });
  return new OpenAI({ apiKey: secret, baseURL: `${harness.gateway.url}/v1`, maxRetries: 0 });
};

describe('local-only', () => {
  test('sensitive input goes to the local deployment only; ordinary input to the cloud', async () => {
    const ordinary = await embed('embed-private', 'the weather today');
    assert.equal(ordinary.response.headers.get('x-aigrid-route'), 'cloud');
    const cloudBefore = harness.mock.received.length;
    const sensitive = await embed('embed-private', ['first', `write to ${EMAIL}`]);
    assert.equal(sensitive.response.headers.get('x-aigrid-route'), 'on-prem');
    assert.equal(sensitive.data.data.length, 2);
    assert.equal(harness.mock.received.length, cloudBefore, 'the cloud received nothing');
    assert.deepEqual(local.received.at(-1)!.body.input, ['first', `write to ${EMAIL}`], 'the local engine gets the input as sent');
  });

  test('token ids are decoded and kept local too', async () => {
    const cloudBefore = harness.mock.received.length;
    const { response } = await embed('embed-private', [EMAIL_TOKENS]);
    assert.equal(response.headers.get('x-aigrid-route'), 'on-prem');
    assert.equal(harness.mock.received.length, cloudBefore);
  });

  test('refused with a clear message when no local deployment can serve it', async () => {
    const strict = await clientOf('strict');
    const before = harness.mock.received.length;
    await assert.rejects(embed('embed-test', `mail ${EMAIL}`, strict), (error: any) => {
      assert.equal(error.status, 403);
      assert.equal(error.code, 'policy_blocked');
      assert.match(error.message, /policy 'strict-local' keeps it on local deployments, but no local deployment can serve 'embed-test'/);
      assert.match(error.message, /\(email\)/);
      assert.doesNotMatch(error.message, /jane/);
      return true;
    });
    assert.equal(harness.mock.received.length, before);
    assert.equal((await embed('embed-test', 'nothing to hide', strict)).response.status, 200);
  });
});

describe('redact', () => {
  test('the upstream receives placeholders, in the shape the client sent', async () => {
    await embed('embed-redacted', `mail ${EMAIL} now`);
    assert.equal(harness.mock.received.at(-1)!.body.input, 'mail [EMAIL_1] now');
    await embed('embed-redacted', ['plain', `cc ${EMAIL}`, `and ${EMAIL}`]);
    assert.deepEqual(harness.mock.received.at(-1)!.body.input, ['plain', 'cc [EMAIL_1]', 'and [EMAIL_1]']);
  });

  test('token ids that hold sensitive data are refused: they cannot be redacted', async () => {
    const before = harness.mock.received.length;
    await assert.rejects(embed('embed-redacted', [EMAIL_TOKENS]), (error: any) => {
      assert.equal(error.status, 403);
      assert.equal(error.code, 'policy_blocked');
      assert.match(error.message, /token-id input cannot be redacted/);
      return true;
    });
    assert.equal(harness.mock.received.length, before);
  });

  test('token ids without sensitive data pass unchanged', async () => {
    await embed('embed-redacted', [PLAIN_TOKENS]);
    assert.deepEqual(harness.mock.received.at(-1)!.body.input, [PLAIN_TOKENS]);
  });

  test('token ids that do not decode are refused rather than sent unscanned', async () => {
    const before = harness.mock.received.length;
    await assert.rejects(embed('embed-redacted', [[999_999, 5]]), (error: any) => {
      assert.equal(error.status, 400);
      assert.equal(error.code, 'invalid_request');
      assert.equal(error.param, 'input');
      assert.match(error.message, /cannot be scanned/);
      return true;
    });
    assert.equal(harness.mock.received.length, before);
  });
});

describe('admission', () => {
  test("an exhausted tenant budget refuses embeddings, and what was served is charged", async () => {
    const metered = await clientOf('metered');
    // $1,000 per million input tokens: the mock reports 8 tokens, 8,000 of the budget's 10,000 micro-USD.
    assert.equal((await embed('embed-priced', 'hi', metered)).response.status, 200);
    const spent = await waitFor(async () => {
      const response = await fetch(`${harness.gateway.url}/admin/budgets/metered-total`, { headers: { authorization: `Bearer ${ADMIN_KEY}` } });
      return ((await response.json()) as { spent_micros?: number }).spent_micros || undefined;
    });
    assert.equal(spent, 8_000);
    const before = harness.mock.received.length;
    await assert.rejects(embed('embed-priced', 'a longer text whose tokens cost more than what is left', metered), (error: any) => {
      assert.equal(error.status, 429);
      assert.equal(error.code, 'budget_exceeded');
      return true;
    });
    assert.equal(harness.mock.received.length, before, 'a refused request is not sent');
  });
});

test('the request log records the policy and the findings, never the values', async () => {
  const rows = await waitFor(async () => {
    const all = await harness.gateway.deps.store.requestLog.list({ limit: 500 });
    return all.some((row) => row.endpoint === '/v1/embeddings' && row.deployment === 'on-prem') ? all : undefined;
  });
  const local = rows.find((row) => row.endpoint === '/v1/embeddings' && row.deployment === 'on-prem')!;
  assert.equal(local.policy, 'keep-local');
  assert.deepEqual(local.guardFindings, [{ type: 'email', count: 1 }]);
  assert.doesNotMatch(JSON.stringify(rows), /jane\.doe/);
});
