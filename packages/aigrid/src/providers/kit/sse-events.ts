import { createParser, type EventSourceMessage } from 'eventsource-parser';

/**
 * Decodes a server-sent-event byte stream into events as they arrive, without buffering the body.
 */
export async function* readSseEvents(body: AsyncIterable<Uint8Array | string>): AsyncGenerator<EventSourceMessage> {
  const pending: EventSourceMessage[] = [];
  const parser = createParser({ onEvent: (event) => pending.push(event) });
  const decoder = new TextDecoder();
  for await (const part of body) {
    parser.feed(typeof part === 'string' ? part : decoder.decode(part, { stream: true }));
    for (let i = 0; i < pending.length; i++) yield pending[i];
    pending.length = 0;
  }
  parser.feed(decoder.decode());
  for (const event of pending) yield event;
}
