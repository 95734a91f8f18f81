import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PolicyConfig } from '../../config/config-types.js';
import { createClassifier } from '../../guard/guard.js';
import { GridError } from '../../spec/grid-error.js';
import { EMBEDDINGS_ENDPOINT } from './embeddings-endpoint.js';

const policy = (onSensitive: PolicyConfig['onSensitive']): PolicyConfig => ({ name: 'p', onSensitive });
// cl100k_base ids of "hello world".
const HELLO = [15339, 1917];

describe('EMBEDDINGS_ENDPOINT', () => {
  it('reads strings as they are', () => {
    assert.deepEqual(EMBEDDINGS_ENDPOINT.classifiable({ model: 'm', input: 'one' }, policy('block')), { texts: ['one'], decoded: false });
    assert.deepEqual(EMBEDDINGS_ENDPOINT.classifiable({ model: 'm', input: ['a', 'b'] }, policy('block')), { texts: ['a', 'b'], decoded: false });
  });

  it('decodes token ids with cl100k_base unless the policy allows everything', () => {
    assert.deepEqual(EMBEDDINGS_ENDPOINT.classifiable({ model: 'm', input: HELLO }, policy('local-only')), { texts: ['hello world'], decoded: true });
    assert.deepEqual(EMBEDDINGS_ENDPOINT.classifiable({ model: 'm', input: [HELLO, HELLO] }, policy('redact')).texts, ['hello world', 'hello world']);
    assert.deepEqual(EMBEDDINGS_ENDPOINT.classifiable({ model: 'm', input: [[999_999]] }, policy('allow')).texts, []);
  });

  it('refuses token ids that do not decode', () => {
    assert.throws(
      () => EMBEDDINGS_ENDPOINT.classifiable({ model: 'm', input: [[999_999]] }, policy('block')),
      (error: unknown) => error instanceof GridError && error.code === 'invalid_request' && error.param === 'input',
    );
  });

  it('redacts strings in the shape they came in; token ids cannot be redacted', () => {
    const classifier = createClassifier();
    for (const input of ['to jane@example.com', ['x', 'to jane@example.com']]) {
      const request = { model: 'm', input, dimensions: 8 };
      const texts = EMBEDDINGS_ENDPOINT.classifiable(request, policy('redact'));
      const redacted = EMBEDDINGS_ENDPOINT.redact(request, texts, classifier.classify(texts));
      assert.deepEqual(redacted.request, { model: 'm', dimensions: 8, input: typeof input === 'string' ? 'to [EMAIL_1]' : ['x', 'to [EMAIL_1]'] });
      assert.equal(redacted.redaction, undefined, 'an embedding has nothing to restore');
      assert.equal(EMBEDDINGS_ENDPOINT.unredactable!(texts), undefined);
    }
    assert.match(EMBEDDINGS_ENDPOINT.unredactable!({ texts: ['x'], decoded: true })!, /token-id input cannot be redacted/);
  });
});
