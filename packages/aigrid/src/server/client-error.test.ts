import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clientErrorFor, rawErrorResponse } from './client-error.js';

test('parser errors map to the documented codes', () => {
  assert.equal(clientErrorFor({ code: 'HPE_HEADER_OVERFLOW' }).code, 'headers_too_large');
  assert.equal(clientErrorFor({ code: 'HPE_HEADER_OVERFLOW' }).status, 431);
  assert.equal(clientErrorFor({ code: 'ERR_HTTP_REQUEST_TIMEOUT' }).status, 408);
  assert.equal(clientErrorFor({ code: 'HPE_INVALID_METHOD' }).code, 'malformed_request');
  assert.equal(clientErrorFor({ code: 'HPE_SOMETHING_NEW' }).code, 'malformed_request');
  assert.equal(clientErrorFor({}).status, 400);
});

test('the raw answer is a complete HTTP response with the envelope, an id and connection: close', () => {
  const text = rawErrorResponse(clientErrorFor({ code: 'ERR_HTTP_REQUEST_TIMEOUT' }), 'req_0123');
  const [head, body] = text.split('\r\n\r\n');
  assert.match(head, /^HTTP\/1\.1 408 Request Timeout\r\n/);
  assert.match(head, /\r\nx-request-id: req_0123\r\n/);
  assert.match(head, /\r\nconnection: close$/);
  assert.match(head, new RegExp(`content-length: ${Buffer.byteLength(body)}\\r\\n`));
  assert.equal(JSON.parse(body).error.code, 'request_timeout');
});
