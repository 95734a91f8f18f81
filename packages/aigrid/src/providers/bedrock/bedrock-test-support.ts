import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { EventStreamCodec, type MessageHeaders } from '@smithy/eventstream-codec';
import { fromUtf8, toUtf8 } from '@smithy/util-utf8';
import type { ProviderConfig } from '../../config/config-types.js';
import type { RecordedRequest } from '../kit/conformance/conformance-types.js';
import { parseAuthorization, referenceSignature } from './bedrock-sigv4-reference.js';

/*
 * Helpers shared by the Bedrock tests: credentials, a config, event-stream encoding and a
 * signature check that recomputes SigV4 from the request the fixture server received.
 */

export const TEST_CREDENTIALS = {
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
  sessionToken: 'IQoJb3JpZ2luX2VjEXAMPLESESSIONTOKEN',
};

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

/**
 * Checks the SigV4 signature of a recorded request by recomputing it from the method, path,
 * headers and raw body the server received: proof that the exact bytes sent were signed.
 */
export function assertSigned(request: RecordedRequest, region = 'us-east-1', credentials = TEST_CREDENTIALS): void {
  const authorization = request.headers.authorization;
  const amzDate = request.headers['x-amz-date'];
  assert.equal(typeof amzDate, 'string', 'x-amz-date header');
  assert.ok(
    authorization?.startsWith(`AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${(amzDate as string).slice(0, 8)}/${region}/bedrock/aws4_request`),
    `authorization header: ${authorization}`,
  );
  const parsed = parseAuthorization(authorization);
  assert.equal(request.headers['x-amz-content-sha256'], createHash('sha256').update(request.rawBody).digest('hex'));
  assert.equal(request.headers['x-amz-security-token'], credentials.sessionToken);
  for (const name of ['content-type', 'host', 'x-amz-content-sha256', 'x-amz-date']) {
    assert.ok(parsed.signedHeaders.includes(name), `${name} is signed`);
  }
  if (credentials.sessionToken) assert.ok(parsed.signedHeaders.includes('x-amz-security-token'), 'the session token is signed');
  const expected = referenceSignature(
    { method: request.method, path: request.path, headers: request.headers, body: request.rawBody },
    { secretAccessKey: credentials.secretAccessKey, amzDate: amzDate as string, region, service: 'bedrock', signedHeaders: parsed.signedHeaders },
  );
  assert.equal(parsed.signature, expected, 'signature recomputed from the received request');
}
