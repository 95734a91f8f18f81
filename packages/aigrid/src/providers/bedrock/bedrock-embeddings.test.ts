import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GridError } from '../../spec/grid-error.js';
import { embedWithBedrock, type InvokeModel } from './bedrock-embeddings.js';

const TITAN = 'amazon.titan-embed-text-v2:0';
const COHERE = 'cohere.embed-english-v3';

describe('embedWithBedrock: Titan', () => {
  test('one call per input, at most `concurrency` in flight, order kept, token counts summed', async () => {
    let inFlight = 0;
    let peak = 0;
    const bodies: unknown[] = [];
    const invoke: InvokeModel = async (body) => {
      bodies.push(body);
      inFlight++;
      peak = Math.max(peak, inFlight);
      const text = (body as { inputText: string }).inputText;
      await new Promise((resolve) => setTimeout(resolve, text.length % 3));
      inFlight--;
      return { value: { embedding: [text.length, 1], inputTextTokenCount: 2 } };
    };
    const input = Array.from({ length: 10 }, (_, index) => 'x'.repeat(index + 1));
    const { body, usage } = await embedWithBedrock({ model: 'e', input, dimensions: 256 }, TITAN, invoke, 3);
    assert.equal(peak, 3);
    assert.deepEqual(bodies[0], { inputText: 'x', dimensions: 256 });
    const data = body.data as Array<{ index: number; embedding: number[]; object: string }>;
    assert.deepEqual(data.map((item) => [item.index, item.embedding[0]]), input.map((text, index) => [index, text.length]));
    assert.equal(body.object, 'list');
    assert.deepEqual(body.usage, { prompt_tokens: 20, total_tokens: 20 });
    assert.equal(usage.inputTokens, 20);
    assert.equal(usage.outputTokens, undefined);
  });

  test('a failed call fails the request and starts no more calls', async () => {
    let calls = 0;
    const invoke: InvokeModel = async () => {
      calls++;
      throw new GridError('upstream_rate_limited', 'slow down', { upstreamStatus: 429 });
    };
    await assert.rejects(embedWithBedrock({ model: 'e', input: ['a', 'b', 'c', 'd'] }, TITAN, invoke, 1), /slow down/);
    assert.equal(calls, 1);
  });

  test('base64 output encodes little-endian float32', async () => {
    const invoke: InvokeModel = async () => ({ value: { embedding: [1, -2] } });
    const { body } = await embedWithBedrock({ model: 'e', input: 'a', encoding_format: 'base64' }, TITAN, invoke, 1);
    const encoded = (body.data as Array<{ embedding: string }>)[0].embedding;
    assert.deepEqual(Array.from(new Float32Array(Uint8Array.from(Buffer.from(encoded, 'base64')).buffer)), [1, -2]);
    assert.equal(body.usage, undefined, 'no count reported: usage stays unknown');
  });
});

describe('embedWithBedrock: Cohere', () => {
  test('batches of 96 texts as search documents; usage from the token-count header', async () => {
    const bodies: any[] = [];
    const invoke: InvokeModel = async (body) => {
      bodies.push(body);
      const texts = (body as { texts: string[] }).texts;
      return { value: { id: 'x', response_type: 'embeddings_floats', texts, embeddings: texts.map(() => [0.5, 0.25]) }, inputTokenCount: texts.length };
    };
    const input = Array.from({ length: 100 }, (_, index) => `text ${index}`);
    const { body, usage } = await embedWithBedrock({ model: 'e', input }, COHERE, invoke, 2);
    assert.deepEqual(bodies.map((sent) => sent.texts.length), [96, 4]);
    assert.equal(bodies[0].input_type, 'search_document');
    assert.equal((body.data as unknown[]).length, 100);
    assert.equal(usage.inputTokens, 100);
  });

  test('embeddings_by_type answers and unknown usage', async () => {
    const invoke: InvokeModel = async () => ({ value: { response_type: 'embeddings_by_type', embeddings: { float: [[1, 2, 3]] } } });
    const { body, usage } = await embedWithBedrock({ model: 'e', input: 'a', dimensions: 256 }, 'cohere.embed-v4:0', invoke, 1);
    assert.equal((body.data as Array<{ embedding: number[] }>)[0].embedding.length, 3);
    assert.equal(usage.inputTokens, undefined);
    await assert.rejects(embedWithBedrock({ model: 'e', input: 'a', dimensions: 256 }, COHERE, invoke, 1), (error: unknown) => (error as GridError).param === 'dimensions');
  });
});

describe('embedWithBedrock: refusals', () => {
  const never: InvokeModel = async () => assert.fail('no call expected');

  test('other model families are an unsupported operation', async () => {
    await assert.rejects(embedWithBedrock({ model: 'e', input: 'a' }, 'anthropic.claude-3-haiku-20240307-v1:0', never, 1), (error: unknown) => (error as GridError).code === 'unsupported_operation');
  });

  test('token arrays are refused', async () => {
    await assert.rejects(embedWithBedrock({ model: 'e', input: [1, 2, 3] }, TITAN, never, 1), (error: unknown) => (error as GridError).param === 'input');
  });

  test('a missing vector is an invalid upstream response', async () => {
    const invoke: InvokeModel = async () => ({ value: { embeddings: [] } });
    await assert.rejects(embedWithBedrock({ model: 'e', input: 'a' }, COHERE, invoke, 1), (error: unknown) => (error as GridError).code === 'upstream_invalid_response');
  });
});
