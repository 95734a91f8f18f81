import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GridError } from '../../spec/grid-error.js';
import type { ChatCompletionRequest } from '../../spec/openai-schemas.js';
import { FixtureServer } from '../../../test/support/providers/fixture-server.js';
import type { CallContext } from '../provider-types.js';
import { BedrockAdapter, createBedrockAdapter } from './bedrock-adapter.js';
import { assertSigned } from './bedrock-sigv4-fixtures.js';
import { eventStream, testConfig } from './bedrock-wire-fixtures.js';

const context = (upstreamModel = 'anthropic.claude-3-haiku-20240307-v1:0'): CallContext => ({
  signal: new AbortController().signal,
  requestId: 'req-local-1',
  upstreamModel,
});
const hello: ChatCompletionRequest = { model: 'claude', messages: [{ role: 'user', content: 'Hi' }] };
const converseReply = { json: { output: { message: { role: 'assistant', content: [{ text: 'Hello.' }] } }, stopReason: 'end_turn', usage: { inputTokens: 1, outputTokens: 2, totalTokens: 3 } } };

describe('BedrockAdapter over HTTP', () => {
  const server = new FixtureServer();
  let adapter: BedrockAdapter;
  before(async () => {
    await server.start();
    adapter = new BedrockAdapter(testConfig(server.url));
  });
  after(async () => {
    await adapter.close();
    await server.close();
  });

  test('every Bedrock error status maps to its GridError', async () => {
    const cases: Array<[number, string, string]> = [
      [400, 'ValidationException', 'upstream_bad_request'],
      [403, 'AccessDeniedException', 'upstream_auth_failed'],
      [403, 'UnrecognizedClientException', 'upstream_auth_failed'],
      [404, 'ResourceNotFoundException', 'upstream_not_found'],
      [408, 'ModelTimeoutException', 'upstream_timeout'],
      [424, 'ModelErrorException', 'upstream_error'],
      [429, 'ThrottlingException', 'upstream_rate_limited'],
      [500, 'InternalServerException', 'upstream_error'],
      [503, 'ServiceUnavailableException', 'upstream_overloaded'],
    ];
    for (const [status, type, code] of cases) {
      server.use({ status, headers: { 'x-amzn-errortype': `${type}:http://internal.amazon.com/coral/com.amazon.bedrock/` }, json: { message: `${type} happened` } });
      await assert.rejects(adapter.chat(hello, context()), (error: unknown) => {
        assert.ok(error instanceof GridError, String(error));
        assert.equal(error.code, code, type);
        assert.equal(error.upstreamStatus, status);
        if (status === 400) assert.match(error.message, /ValidationException happened/);
        return true;
      });
    }
  });

  test('an error message spelled `Message` is kept too', async () => {
    server.use({ status: 400, headers: { 'x-amzn-errortype': 'ValidationException' }, json: { Message: 'maxTokens exceeds the model limit.' } });
    await assert.rejects(adapter.chat(hello, context()), /answered HTTP 400: maxTokens exceeds the model limit\./);
  });

  test('the response id comes from x-amzn-requestid, else the gateway request id; warnings are returned', async () => {
    server.use({ ...converseReply, headers: { 'x-amzn-requestid': 'aws-req-9' } });
    const result = await adapter.chat({ ...hello, seed: 7 }, context());
    assert.equal(result.body.id, 'chatcmpl-aws-req-9');
    assert.deepEqual(result.warnings, ["'seed' is not supported by Bedrock Converse and was ignored."]);
    server.use(converseReply);
    const plain = await adapter.chat(hello, context());
    assert.equal(plain.body.id, 'chatcmpl-req-local-1');
    assert.equal(plain.warnings, undefined);
  });

  test('an inference profile ARN is encoded into the path and signed as sent', async () => {
    server.use(converseReply);
    const arn = 'arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-5-sonnet-20240620-v1:0';
    await adapter.chat(hello, context(arn));
    const request = server.last();
    assert.equal(request.path, `/model/${encodeURIComponent(arn)}/converse`);
    assertSigned(request);
  });

  test('an http image URL is refused before anything is sent', async () => {
    const sent = server.requests.length;
    const request: ChatCompletionRequest = { model: 'c', messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'https://example.com/a.png' } }] }] };
    await assert.rejects(adapter.chat(request, context()), (error: unknown) => (error as GridError).code === 'invalid_request');
    assert.equal(server.requests.length, sent);
  });

  test('a stream exception after some events reaches the caller as a GridError', async () => {
    server.use({
      headers: { 'content-type': 'application/vnd.amazon.eventstream' },
      bytes: eventStream([
        { type: 'messageStart', payload: { role: 'assistant' } },
        { type: 'throttlingException', payload: { message: 'Too many tokens, please wait before trying again.' }, exception: true },
      ]),
    });
    const stream = await adapter.chatStream({ ...hello, stream: true, n: 3 }, context());
    assert.equal(stream.warnings?.length, 1);
    const received: string[] = [];
    await assert.rejects(
      (async () => {
        for await (const event of stream) received.push(event.data);
      })(),
      (error: unknown) => (error as GridError).code === 'upstream_rate_limited',
    );
    assert.equal(received.length, 1);
  });

  test('Cohere embeddings read usage from the input token count header', async () => {
    server.use({ headers: { 'x-amzn-bedrock-input-token-count': '7' }, json: { id: 'e1', response_type: 'embeddings_floats', texts: ['a', 'b'], embeddings: [[1, 2], [3, 4]] } });
    const result = await adapter.embed({ model: 'e', input: ['a', 'b'] }, context('cohere.embed-multilingual-v3'));
    assert.equal(result.usage?.inputTokens, 7);
    assert.deepEqual(server.last().body, { input_type: 'search_document', texts: ['a', 'b'] });
    assert.equal(server.last().path, '/model/cohere.embed-multilingual-v3/invoke');
  });
});

describe('credentials from the environment', () => {
  const server = new FixtureServer();
  const names = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'] as const;
  const saved = Object.fromEntries(names.map((name) => [name, process.env[name]]));
  before(() => server.start());
  after(async () => {
    for (const name of names) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
    await server.close();
  });
  const bare = () => testConfig(server.url, { accessKeyId: undefined, secretAccessKey: undefined, sessionToken: undefined });

  test('are read when the block has none, once, at construction', async () => {
    Object.assign(process.env, { AWS_ACCESS_KEY_ID: 'AKIAENVEXAMPLE', AWS_SECRET_ACCESS_KEY: 'env/secret/EXAMPLE', AWS_SESSION_TOKEN: 'env-token' });
    const adapter = createBedrockAdapter(bare());
    delete process.env.AWS_ACCESS_KEY_ID;
    server.use(converseReply);
    await adapter.chat(hello, context());
    assertSigned(server.last(), 'us-east-1', { accessKeyId: 'AKIAENVEXAMPLE', secretAccessKey: 'env/secret/EXAMPLE', sessionToken: 'env-token' });
    await adapter.close();
  });

  test('with none anywhere, a call fails without reaching Bedrock', async () => {
    for (const name of names) delete process.env[name];
    const adapter = createBedrockAdapter(bare());
    const sent = server.requests.length;
    await assert.rejects(adapter.chat(hello, context()), (error: unknown) => (error as GridError).code === 'upstream_auth_failed');
    assert.equal(server.requests.length, sent);
    await adapter.close();
  });
});
