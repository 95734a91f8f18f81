import { EventStreamCodec, type MessageHeaders } from '@smithy/eventstream-codec';
import { fromUtf8, toUtf8 } from '@smithy/util-utf8';
import type { ProviderConfig } from '../../config/config-types.js';
import { TEST_CREDENTIALS } from './bedrock-sigv4-fixtures.js';

/* Test helpers: a provider config for the fixture server and AWS event-stream encoding. */

export function testConfig(baseUrl: string, overrides: Partial<ProviderConfig> = {}): ProviderConfig {
  return {
    name: 'bedrock',
    type: 'bedrock',
    baseUrl,
    region: 'us-east-1',
    ...TEST_CREDENTIALS,
    headers: {},
    connectTimeoutMs: 1000,
    firstByteTimeoutMs: 2000,
    totalTimeoutMs: 5000,
    maxConnections: 4,
    ...overrides,
  };
}

export interface WireEvent {
  /** `:event-type`, or `:exception-type` when `exception` is set. */
  type: string;
  payload: unknown;
  exception?: boolean;
}

const text = (value: string) => ({ type: 'string' as const, value });

/** Encodes events as Bedrock sends them: `:event-type`, `:content-type`, `:message-type` headers and a JSON payload. */
export function eventStream(events: WireEvent[]): Uint8Array {
  const codec = new EventStreamCodec(toUtf8, fromUtf8);
  const frames = events.map(({ type, payload, exception }) => {
    const headers: MessageHeaders = exception
      ? { ':exception-type': text(type), ':content-type': text('application/json'), ':message-type': text('exception') }
      : { ':event-type': text(type), ':content-type': text('application/json'), ':message-type': text('event') };
    return codec.encode({ headers, body: fromUtf8(JSON.stringify(payload)) });
  });
  return Buffer.concat(frames);
}
