import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { listRoutes, type RouteListing } from '../src/server/route-table.js';
import { startHarness, type Harness } from './support/gateway-harness.js';

/*
 * Walks the gateway's route table: every route whose body carries user text must go through the
 * guarded stage. Under a policy that blocks everything sensitive, each such route is sent an
 * e-mail address in its own body format and must refuse it, with nothing reaching the upstream.
 * A new text-carrying route without a sample below fails this file, and so does a route that
 * takes a body outside /admin/ without being flagged as carrying text. The same walk checks
 * residency: a tenant allowed only EU regions reaches no deployment of unknown region.
 */

const EMAIL = 'jane.doe@example.com';
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

let harness: Harness;
let openai: OpenAI;
let anthropic: Anthropic;

before(async () => {
  harness = await startHarness({
    // Residency: no deployment of the harness has a known region, so an EU-only tenant has none.
    extraConfig: 'policy "block-everything" {\n  on_sensitive = "block"\n}\ntenant "eu-only" {\n  allowed_regions = ["eu"]\n}\n',
  });
  openai = new OpenAI({ apiKey: harness.key, baseURL: `${harness.gateway.url}/v1`, maxRetries: 0 });
  anthropic = new Anthropic({ apiKey: harness.key, baseURL: harness.gateway.url, maxRetries: 0 });
});
after(() => harness.close());

/** The refusal as each API family's client reports it: status, code, and the envelope's type. */
interface Refusal {
  status: number;
  code: string;
  type: string;
}

const fromOpenAI = (error: any): Refusal => ({ status: error.status, code: error.code, type: error.type });
const fromAnthropic = (error: any): Refusal => ({ status: error.status, code: error.error?.error?.code, type: error.error?.error?.type });

interface Clients {
  openai: OpenAI;
  anthropic: Anthropic;
}

/** One sample request per text-carrying route, keyed by `METHOD path`, holding EMAIL unless given other text. */
const SAMPLES: Record<string, { send: (clients?: Clients, text?: string) => Promise<unknown>; refusal: (error: unknown) => Refusal }> = {
  'POST /v1/chat/completions': {
    send: (clients = { openai, anthropic }, text = `Write to ${EMAIL} today`) => clients.openai.chat.completions.create({ model: 'gpt-test', messages: [{ role: 'user', content: text }] }),
    refusal: fromOpenAI,
  },
  'POST /v1/embeddings': {
    send: (clients = { openai, anthropic }, text = `contact ${EMAIL}`) => clients.openai.embeddings.create({ model: 'embed-test', input: [text], encoding_format: 'float' }),
    refusal: fromOpenAI,
  },
  'POST /v1/messages': {
    send: (clients = { openai, anthropic }, text = `Write to ${EMAIL} today`) =>
      clients.anthropic.messages.create({ model: 'gpt-test', max_tokens: 16, messages: [{ role: 'user', content: text }] }),
    refusal: fromAnthropic,
  },
};

const keyOf = (route: RouteListing) => `${route.method} ${route.path}`;
const isAdmin = (route: RouteListing) => route.path.replace(/^\^/, '').replace(/\\\//g, '/').startsWith('/admin/');
const textRoutes = listRoutes().filter((route) => route.carriesText);

describe('the route table', () => {
  test('lists the API routes', () => {
    assert.ok(textRoutes.length >= 3, 'chat, embeddings and messages at least');
  });

  test('every route that takes a body outside /admin/ is flagged as carrying text', () => {
    const unflagged = listRoutes().filter((route) => BODY_METHODS.has(route.method) && !isAdmin(route) && !route.carriesText);
    assert.deepEqual(unflagged.map(keyOf), [], 'set carriesText: true and make the route call guardPlan');
  });

  test('every route flagged as carrying text has a sample body in this test', () => {
    assert.deepEqual(textRoutes.map(keyOf).filter((key) => !Object.hasOwn(SAMPLES, key)), [], 'add a sample request to SAMPLES');
  });
});

describe('a blocking policy refuses sensitive text on every text-carrying route', () => {
  for (const route of textRoutes) {
    const sample = SAMPLES[keyOf(route)];
    test(keyOf(route), { skip: sample ? false : 'no sample (the table test above fails)' }, async () => {
      const before = harness.mock.received.length;
      await assert.rejects(sample.send(), (error: unknown) => {
        assert.deepEqual(sample.refusal(error), { status: 403, code: 'policy_blocked', type: 'permission_error' });
        assert.doesNotMatch(String((error as Error).message), /jane\.doe/, 'the refusal names detector types, never values');
        return true;
      });
      assert.equal(harness.mock.received.length, before, 'the upstream received nothing');
    });
  }

  test('ordinary text still passes on every route', async () => {
    const before = harness.mock.received.length;
    await openai.chat.completions.create({ model: 'gpt-test', messages: [{ role: 'user', content: 'hello' }] });
    await openai.embeddings.create({ model: 'embed-test', input: 'hello', encoding_format: 'float' });
    await anthropic.messages.create({ model: 'gpt-test', max_tokens: 16, messages: [{ role: 'user', content: 'hello' }] });
    assert.equal(harness.mock.received.length, before + 3);
  });

  test('token-id embeddings input is decoded and scanned too', async () => {
    // cl100k_base ids of "mail jane.doe@example.com now".
    const tokens = [3796, 99706, 962, 4748, 36587, 916, 1457];
    const before = harness.mock.received.length;
    await assert.rejects(openai.embeddings.create({ model: 'embed-test', input: [tokens], encoding_format: 'float' }), (error: any) => error.status === 403 && error.code === 'policy_blocked');
    assert.equal(harness.mock.received.length, before);
  });
});

describe('every text-carrying route applies the tenant\'s residency', () => {
  let euOnly: Clients;
  before(async () => {
    const { secret } = await harness.createKey({ name: 'eu-only', tenant: 'eu-only' });
    euOnly = {
      openai: new OpenAI({ apiKey: secret, baseURL: `${harness.gateway.url}/v1`, maxRetries: 0 }),
      anthropic: new Anthropic({ apiKey: secret, baseURL: harness.gateway.url, maxRetries: 0 }),
    };
  });

  for (const route of textRoutes) {
    const sample = SAMPLES[keyOf(route)];
    test(keyOf(route), { skip: sample ? false : 'no sample (the table test above fails)' }, async () => {
      const before = harness.mock.received.length;
      await assert.rejects(sample.send(euOnly, 'an ordinary question'), (error: unknown) => {
        assert.deepEqual(sample.refusal(error), { status: 403, code: 'model_not_allowed', type: 'permission_error' });
        assert.match(String((error as Error).message), /region unknown; allowed: eu/);
        return true;
      });
      assert.equal(harness.mock.received.length, before, 'no deployment outside the allowed regions was called');
    });
  }
});
