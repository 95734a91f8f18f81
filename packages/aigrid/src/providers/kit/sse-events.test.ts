import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSseEvents } from './sse-events.js';

async function collect(parts: string[]) {
  const encoder = new TextEncoder();
  async function* source() {
    for (const part of parts) yield encoder.encode(part);
  }
  const events = [];
  for await (const event of readSseEvents(source())) events.push(event.data);
  return events;
}

test('events split across chunk boundaries are reassembled', async () => {
  assert.deepEqual(await collect(['data: {"a"', ':1}\n', '\ndata: [DONE]\n\n']), ['{"a":1}', '[DONE]']);
});

test('CRLF line endings, comments and multi-byte characters split mid-codepoint', async () => {
  const euro = Buffer.from('data: €\r\n\r\n');
  const encoder = new TextDecoder();
  const parts = [encoder.decode(euro.subarray(0, 7)), ''];
  assert.equal(parts.length, 2);
  async function* source() {
    yield euro.subarray(0, 7);
    yield euro.subarray(7);
    yield new TextEncoder().encode(': keep-alive\n\ndata: x\n\n');
  }
  const events = [];
  for await (const event of readSseEvents(source())) events.push(event.data);
  assert.deepEqual(events, ['€', 'x']);
});

test('multi-line data fields join with newlines', async () => {
  assert.deepEqual(await collect(['data: one\ndata: two\n\n']), ['one\ntwo']);
});
