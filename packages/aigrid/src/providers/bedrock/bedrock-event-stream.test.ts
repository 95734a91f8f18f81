import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GridError } from '../../spec/grid-error.js';
import { headerText, payloadJson, readEventStream } from './bedrock-event-stream.js';
import { eventStream } from './bedrock-wire-fixtures.js';

const events = [
  { type: 'messageStart', payload: { role: 'assistant', p: 'abc' } },
  { type: 'contentBlockDelta', payload: { contentBlockIndex: 0, delta: { text: 'Héllo ☃' } } },
  { type: 'messageStop', payload: { stopReason: 'end_turn' } },
];
const bytes = eventStream(events);

async function* chunks(parts: Uint8Array[]) {
  for (const part of parts) yield part;
}

async function decodeAll(parts: Uint8Array[]) {
  const out: Array<{ type?: string; payload: unknown }> = [];
  for await (const message of readEventStream(chunks(parts), 'bedrock')) {
    out.push({ type: headerText(message, ':event-type'), payload: payloadJson(message, 'bedrock') });
  }
  return out;
}

const expected = events.map(({ type, payload }) => ({ type, payload }));

describe('readEventStream', () => {
  test('decodes several messages from one chunk', async () => {
    assert.deepEqual(await decodeAll([bytes]), expected);
  });

  test('decodes messages cut at every possible byte boundary', async () => {
    for (let cut = 1; cut < bytes.length; cut++) {
      assert.deepEqual(await decodeAll([bytes.subarray(0, cut), bytes.subarray(cut)]), expected, `cut at ${cut}`);
    }
  });

  test('decodes a byte-at-a-time stream', async () => {
    assert.deepEqual(await decodeAll(Array.from(bytes, (byte) => Uint8Array.of(byte))), expected);
  });

  test('yields a complete message before the next chunk arrives', async () => {
    const first = eventStream([events[0]]);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    async function* slow() {
      yield first;
      await gate;
      yield eventStream([events[2]]);
    }
    const iterator = readEventStream(slow(), 'bedrock');
    const next = await iterator.next();
    assert.equal(headerText(next.value!, ':event-type'), 'messageStart');
    release();
    assert.equal(headerText((await iterator.next()).value!, ':event-type'), 'messageStop');
    assert.equal((await iterator.next()).done, true);
  });

  test('a stream cut inside a message is an invalid response', async () => {
    await assert.rejects(decodeAll([bytes.subarray(0, bytes.length - 3)]), (error: unknown) => (error as GridError).code === 'upstream_invalid_response');
  });

  test('a corrupted message fails its checksum', async () => {
    const corrupted = Uint8Array.from(bytes);
    corrupted[30] ^= 0xff;
    await assert.rejects(decodeAll([corrupted]), (error: unknown) => error instanceof GridError && error.code === 'upstream_invalid_response');
  });

  test('an impossible length in the prelude is an invalid response', async () => {
    await assert.rejects(decodeAll([Uint8Array.of(0, 0, 0, 4, 0, 0, 0, 0)]), /malformed event stream/);
  });
});
