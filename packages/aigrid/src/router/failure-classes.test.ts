import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GridError } from '../spec/grid-error.js';
import { classifyFailure } from './failure-classes.js';
import { upstreamError } from '../../test/support/router/router-fixtures.js';

describe('classifyFailure', () => {
  it('sorts errors into what the router does next', () => {
    const cases: Array<[GridError, string]> = [
      [upstreamError(400), 'caller'],
      [new GridError('invalid_request', 'bad'), 'caller'],
      [upstreamError(409), 'transient'],
      [upstreamError(429, 3), 'rate-limited'],
      [new GridError('upstream_rate_limited', 'ours'), 'rate-limited'],
      [upstreamError(500), 'transient'],
      [upstreamError(503), 'transient'],
      [new GridError('upstream_timeout', 'slow'), 'transient'],
      [new GridError('upstream_unreachable', 'down'), 'transient'],
      [upstreamError(401), 'deployment'],
      [upstreamError(404), 'deployment'],
      [new GridError('upstream_invalid_response', 'garbled'), 'deployment'],
      [new GridError('internal_error', 'bug'), 'deployment'],
      [new GridError('client_closed_request', 'gone'), 'client-gone'],
    ];
    for (const [error, kind] of cases) assert.equal(classifyFailure(error), kind, `${error.code} ${error.upstreamStatus}`);
  });
});
