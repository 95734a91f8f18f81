import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { didYouMean, editDistance, suggestName } from './name-suggestion.js';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and transpositions', () => {
    assert.equal(editDistance('port', 'port'), 0);
    assert.equal(editDistance('prt', 'port'), 1);
    assert.equal(editDistance('base_ulr', 'base_url'), 1);
    assert.equal(editDistance('kitten', 'sitting'), 3);
  });
});

describe('suggestName', () => {
  it('suggests the closest candidate within reach', () => {
    assert.equal(suggestName('base_ulr', ['api_key', 'base_url', 'headers']), 'base_url');
    assert.equal(suggestName('providr', ['server', 'provider', 'model']), 'provider');
    assert.equal(suggestName('Host', ['host', 'port']), 'host');
  });

  it('stays quiet when nothing is close', () => {
    assert.equal(suggestName('completely_different', ['host', 'port']), undefined);
    assert.equal(suggestName('ab', ['xy']), undefined);
  });

  it('words the hint', () => {
    assert.equal(didYouMean('hots', ['host']), 'did you mean "host"?');
    assert.equal(didYouMean('zzz', ['host']), undefined);
  });
});
