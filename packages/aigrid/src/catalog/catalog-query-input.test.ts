import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CatalogQueryError, parseCatalogQuery } from './catalog-query-input.js';

function failure(run: () => unknown): CatalogQueryError {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof CatalogQueryError);
    return error;
  }
  assert.fail('expected a CatalogQueryError');
}

describe('parseCatalogQuery', () => {
  it('reads repeated and comma-separated capabilities, prices, numbers and flags', () => {
    const query = parseCatalogQuery({
      capability: ['tools,vision', ' tools', 'reasoning'],
      maxInputPrice: '0.5',
      minContext: '128_000',
      region: 'EU',
      provider: 'Mistral',
      vendor: 'Meta',
      kind: 'chat',
      sort: 'input_price',
      configured: 'yes',
    });
    assert.deepEqual(query, {
      capabilities: ['tools', 'vision', 'reasoning'],
      maxInputPriceMicros: 500_000,
      minContext: 128_000,
      region: 'eu',
      provider: 'mistral',
      vendor: 'meta',
      kind: 'chat',
      sort: 'input-price',
      configured: true,
    });
    assert.deepEqual(parseCatalogQuery({}), {});
    assert.equal(parseCatalogQuery({ configured: 'false' }).configured, false);
    assert.equal(parseCatalogQuery({ configured: true }).configured, true);
  });

  it('names the field of the first bad value', () => {
    assert.equal(failure(() => parseCatalogQuery({ capability: ['tool'] })).field, 'capability');
    assert.match(failure(() => parseCatalogQuery({ capability: ['tool'] })).problem, /must be one of tools, json_schema/);
    assert.equal(failure(() => parseCatalogQuery({ maxInputPrice: 'cheap' })).field, 'maxInputPrice');
    assert.equal(failure(() => parseCatalogQuery({ maxInputPrice: '-1' })).field, 'maxInputPrice');
    assert.equal(failure(() => parseCatalogQuery({ minContext: '128k' })).field, 'minContext');
    assert.equal(failure(() => parseCatalogQuery({ region: 'e u' })).field, 'region');
    assert.equal(failure(() => parseCatalogQuery({ provider: 'opneai' })).field, 'provider');
    assert.equal(failure(() => parseCatalogQuery({ kind: 'image' })).field, 'kind');
    assert.equal(failure(() => parseCatalogQuery({ sort: 'price' })).field, 'sort');
    assert.equal(failure(() => parseCatalogQuery({ configured: 'maybe' })).field, 'configured');
  });
});
