import { EventStreamCodec, type Message } from '@smithy/eventstream-codec';
import { fromUtf8, toUtf8 } from '@smithy/util-utf8';
import { GridError } from '../../spec/grid-error.js';

export type EventStreamMessage = Message;

/** Prelude (total length, headers length, prelude CRC) plus the message CRC. */
const MINIMUM_MESSAGE_BYTES = 16;
/** AWS caps event-stream messages far below this; a bigger length means the framing is corrupt. */
const MAXIMUM_MESSAGE_BYTES = 24 * 1024 * 1024;

function corrupt(provider: string, detail: string, cause?: unknown): GridError {
  return new GridError('upstream_invalid_response', `Provider '${provider}' sent a malformed event stream: ${detail}.`, { cause });
}

function concat(head: Uint8Array, tail: Uint8Array): Uint8Array {
  const joined = new Uint8Array(head.byteLength + tail.byteLength);
  joined.set(head, 0);
  joined.set(tail, head.byteLength);
  return joined;
}

/**
 * Decodes the binary AWS event-stream framing (`application/vnd.amazon.eventstream`) into
 * messages as they arrive. A message cut across network chunks is held until the byte count in
 * its prelude has arrived; every complete message is yielded at once, without waiting for more.
 */
export async function* readEventStream(body: AsyncIterable<Uint8Array>, provider: string): AsyncGenerator<EventStreamMessage> {
  const codec = new EventStreamCodec(toUtf8, fromUtf8);
  let pending: Uint8Array = new Uint8Array(0);
  for await (const chunk of body) {
    pending = pending.byteLength === 0 ? chunk : concat(pending, chunk);
    let offset = 0;
    while (pending.byteLength - offset >= 4) {
      const view = new DataView(pending.buffer, pending.byteOffset + offset, 4);
      const total = view.getUint32(0, false);
      if (total < MINIMUM_MESSAGE_BYTES || total > MAXIMUM_MESSAGE_BYTES) throw corrupt(provider, `message length ${total}`);
      if (pending.byteLength - offset < total) break;
      let message: Message;
      try {
        message = codec.decode(pending.subarray(offset, offset + total));
      } catch (error) {
        throw corrupt(provider, 'a message failed to decode', error);
      }
      offset += total;
      yield message;
    }
    pending = pending.subarray(offset);
  }
  if (pending.byteLength > 0) throw corrupt(provider, `the stream ended inside a message (${pending.byteLength} bytes left)`);
}

/** A string header of a message, e.g. `:event-type`. */
export function headerText(message: EventStreamMessage, name: string): string | undefined {
  const header = message.headers[name];
  return header?.type === 'string' ? header.value : undefined;
}

/** The message payload parsed as JSON; Bedrock's event payloads are JSON objects. */
export function payloadJson(message: EventStreamMessage, provider: string): any {
  try {
    return message.body.byteLength === 0 ? {} : JSON.parse(toUtf8(message.body));
  } catch (error) {
    throw corrupt(provider, 'an event payload is not JSON', error);
  }
}
