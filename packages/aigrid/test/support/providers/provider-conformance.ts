import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GridError } from '../../../src/spec/grid-error.js';
import type { ChatResult } from '../../../src/spec/openai-wire.js';
import type { CallContext, ProviderAdapter } from '../../../src/providers/provider-types.js';
import { collectStream } from './collect-stream.js';
import { conformanceRequests } from './conformance-requests.js';
import { CONFORMANCE_CASES, type CaseFixture, type ConformanceCase, type Expectation, type ProviderConformanceSpec } from './conformance-types.js';
import { FixtureServer } from './fixture-server.js';

const ERROR_CODES: Record<string, string> = {
  'error-400': 'upstream_bad_request',
  'error-401': 'upstream_auth_failed',
  'error-403': 'upstream_auth_failed',
  'error-404': 'upstream_not_found',
  'error-429': 'upstream_rate_limited',
  'error-500': 'upstream_error',
  'error-529': 'upstream_overloaded',
};

function checkUsage(actual: object | undefined, expected: Expectation['usage']) {
  if (!expected) return;
  for (const [field, value] of Object.entries(expected)) {
    assert.equal((actual as Record<string, unknown> | undefined)?.[field], value, `usage.${field}`);
  }
}

function checkToolCalls(actual: Array<{ id?: string; name: string; arguments: string }>, expected: Expectation['toolCalls']) {
  if (!expected) return;
  assert.equal(actual.length, expected.length, 'number of tool calls');
  expected.forEach((call, index) => {
    if (call.id !== undefined) assert.equal(actual[index].id, call.id, 'tool call id');
    else assert.ok(actual[index].id, 'tool call has an id');
    assert.equal(actual[index].name, call.name, 'tool name');
    assert.deepEqual(JSON.parse(actual[index].arguments), call.arguments, 'tool arguments');
  });
}

function checkResult(result: ChatResult, expected: Expectation = {}) {
  const choice = result.body.choices?.[0];
  assert.ok(choice, 'a choice');
  assert.equal(result.body.object, 'chat.completion');
  const message = choice.message as { content?: string | null; tool_calls?: any[] };
  if (expected.content !== undefined) assert.equal(message.content, expected.content);
  if (expected.finishReason !== undefined) assert.equal(choice.finish_reason, expected.finishReason);
  const calls = (message.tool_calls ?? []).map((call) => ({ id: call.id, name: call.function?.name, arguments: call.function?.arguments }));
  checkToolCalls(calls, expected.toolCalls);
  checkUsage(result.usage, expected.usage);
}

async function runCase(name: ConformanceCase, adapter: ProviderAdapter, fixture: CaseFixture, context: CallContext) {
  const expected = fixture.expect ?? {};
  if (name in ERROR_CODES) {
    await assert.rejects(adapter.chat(conformanceRequests.chat(), context), (error: unknown) => {
      assert.ok(error instanceof GridError, `expected a GridError, got ${String(error)}`);
      assert.equal(error.code, ERROR_CODES[name]);
      assert.ok(error.message.length > 0);
      const retryAfter = fixture.reply.headers?.['retry-after'];
      if (retryAfter) assert.equal(error.retryAfterSeconds, Number(retryAfter));
      return true;
    });
    return;
  }
  if (name === 'embeddings') {
    const result = await adapter.embed(conformanceRequests.embeddings(), context);
    const data = result.body.data as Array<{ embedding: number[]; index: number }>;
    assert.equal(data.length, expected.embeddings?.count ?? 2);
    data.forEach((item, index) => assert.equal(item.index, index));
    if (expected.embeddings) assert.equal(data[0].embedding.length, expected.embeddings.dimensions);
    checkUsage(result.usage, expected.usage);
    return;
  }
  if (name === 'stream' || name === 'tool-stream') {
    const request = name === 'stream' ? conformanceRequests.chat() : conformanceRequests.tools();
    const stream = await adapter.chatStream({ ...request, stream: true }, context);
    const collected = await collectStream(stream);
    if (expected.content !== undefined) assert.equal(collected.content, expected.content);
    if (expected.finishReason !== undefined) assert.equal(collected.finishReason, expected.finishReason);
    checkToolCalls(collected.toolCalls, expected.toolCalls);
    checkUsage(stream.usage(), expected.usage);
    return;
  }
  const request = name === 'tools' ? conformanceRequests.tools() : name === 'images' ? conformanceRequests.images() : conformanceRequests.chat();
  checkResult(await adapter.chat(request, context), expected);
}

/** Registers the conformance suite for one provider adapter. */
export function runProviderConformance(spec: ProviderConformanceSpec): void {
  describe(`${spec.provider} adapter conformance`, () => {
    const server = new FixtureServer();
    let adapter: ProviderAdapter;
    before(async () => {
      await server.start();
      adapter = spec.createAdapter(server.url);
    });
    after(async () => {
      await adapter?.close();
      await server.close();
    });
    for (const name of CONFORMANCE_CASES) {
      const fixture = spec.fixtures[name];
      const reason = spec.unsupported?.[name];
      test(name, async (t) => {
        if (!fixture) {
          assert.ok(reason, `${spec.provider} has no fixture for '${name}' and no written reason why the provider lacks it`);
          t.diagnostic(`not applicable: ${reason}`);
          return;
        }
        server.use(fixture.reply);
        const context = { signal: new AbortController().signal, requestId: `conformance-${name}`, upstreamModel: spec.upstreamModel };
        await runCase(name, adapter, fixture, context);
        fixture.checkRequest?.(server.last());
      });
    }
  });
}
