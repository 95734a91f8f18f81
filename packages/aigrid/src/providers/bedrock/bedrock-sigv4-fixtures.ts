import assert from 'node:assert/strict';
import { createHash, createHmac } from 'node:crypto';
import type { RecordedRequest } from '../../../test/support/providers/conformance-types.js';

/*
 * Test helpers: a from-the-spec SigV4 implementation, to check the signatures the adapter sends
 * without trusting the library that made them, and the credentials the tests sign with.
 */

export const TEST_CREDENTIALS = {
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
  sessionToken: 'IQoJb3JpZ2luX2VjEXAMPLESESSIONTOKEN',
};

export interface ReferenceRequest {
  method: string;
  /** Path as sent on the wire (already percent-encoded once). */
  path: string;
  /** Header names in lower case. */
  headers: Record<string, string | string[] | undefined>;
  body: string | Uint8Array;
}

export interface ReferenceSigning {
  secretAccessKey: string;
  /** `YYYYMMDD'T'HHMMSS'Z'`, the x-amz-date value. */
  amzDate: string;
  region: string;
  service: string;
  signedHeaders: string[];
}

const sha256Hex = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();

/** RFC 3986 encoding of one path segment, as SigV4 requires (unreserved characters kept). */
const encodeSegment = (segment: string) =>
  encodeURIComponent(segment).replace(/[!'()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);

/** The SigV4 signature (hex) of a request; non-S3 services encode the sent path a second time. */
export function referenceSignature(request: ReferenceRequest, signing: ReferenceSigning): string {
  const [path, query = ''] = request.path.split('?');
  const canonicalPath = path.split('/').map(encodeSegment).join('/');
  const headerValue = (name: string) => {
    const value = request.headers[name];
    return (Array.isArray(value) ? value.join(',') : (value ?? '')).trim().replace(/\s+/g, ' ');
  };
  const names = [...signing.signedHeaders].sort();
  const canonicalRequest = [
    request.method,
    canonicalPath,
    query,
    names.map((name) => `${name}:${headerValue(name)}\n`).join(''),
    names.join(';'),
    sha256Hex(request.body),
  ].join('\n');
  const date = signing.amzDate.slice(0, 8);
  const scope = `${date}/${signing.region}/${signing.service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', signing.amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
  let key = hmac(`AWS4${signing.secretAccessKey}`, date);
  for (const part of [signing.region, signing.service, 'aws4_request']) key = hmac(key, part);
  return createHmac('sha256', key).update(stringToSign).digest('hex');
}

export interface ParsedAuthorization {
  accessKeyId: string;
  date: string;
  region: string;
  service: string;
  signedHeaders: string[];
  signature: string;
}

/** Reads an `AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…` header. */
export function parseAuthorization(value: string | undefined): ParsedAuthorization {
  const match = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(value ?? '');
  if (!match) throw new Error(`not a SigV4 authorization header: ${value}`);
  const [, accessKeyId, date, region, service, signedHeaders, signature] = match;
  return { accessKeyId, date, region, service, signedHeaders: signedHeaders.split(';'), signature };
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
