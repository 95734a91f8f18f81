import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cardBrand } from './card-brands.js';
import { creditCardDetector } from './card-detector.js';
import { spansFound, valuesFound } from '../../test/support/guard/detector-harness.js';
import { ibanDetector } from './iban-detector.js';

describe('credit card detector', () => {
  it('finds Luhn-valid numbers of known brands, compact or grouped', () => {
    const cases = ['4111111111111111', '4111 1111 1111 1111', '4111-1111-1111-1111', '5500 0000 0000 0004', '3782 822463 10005', '6011 0009 9013 9424', '3530111333300000', '2221000000000009', '4222222222222'];
    for (const card of cases) assert.deepEqual(valuesFound(creditCardDetector, `pay with ${card}, thanks`), [card], card);
  });

  it('reports the brand, never the number', () => {
    const [span] = spansFound(creditCardDetector, 'card 5500 0000 0000 0004');
    assert.deepEqual(span.meta, { brand: 'mastercard' });
    assert.ok(!JSON.stringify(span).includes('5500'));
  });

  it('refuses a bad Luhn digit, an unknown prefix, wrong lengths and odd groupings', () => {
    for (const text of ['4111 1111 1111 1112', '1234 5678 9012 3452', '9111111111111111', '41111111111111111111', '411 1111 1111 1111 1', '4111 1111-1111 1111', 'id a4111111111111111b', 'pi 3.4111111111111111']) {
      assert.deepEqual(valuesFound(creditCardDetector, text), [], text);
    }
    assert.equal(cardBrand('4111111111111'), 'visa');
    assert.equal(cardBrand('41111111111111'), undefined);
  });

  it('finds cards grouped by dots, and 13-digit cards grouped 4-3-3-3', () => {
    for (const card of ['5500.0000.0000.0004', '4222.222.222.222', '6011.0009.9013.9424']) {
      assert.deepEqual(valuesFound(creditCardDetector, `card: '${card}';`), [card], card);
    }
  });

  it('does not cut a card out of a longer number written in groups of four', () => {
    // 22 digits in fours (a parcel tracking number): its Luhn-valid tail is no card.
    assert.deepEqual(valuesFound(creditCardDetector, 'parcel 9261 4111 1111 1111 1111 55 left the depot'), []);
    assert.deepEqual(valuesFound(creditCardDetector, 'ratio 1.4111111111111111'), []);
  });

  it('picks the card out of a longer run of numbers', () => {
    assert.deepEqual(valuesFound(creditCardDetector, 'row 12 4111 1111 1111 1111 2024'), ['4111 1111 1111 1111']);
    assert.deepEqual(valuesFound(creditCardDetector, '4111111111111111 and 5500-0000-0000-0004'), ['4111111111111111', '5500-0000-0000-0004']);
  });
});

describe('IBAN detector', () => {
  it('finds valid IBANs, compact or grouped by four', () => {
    for (const iban of ['DE89370400440532013000', 'DE89 3704 0044 0532 0130 00', 'GB82 WEST 1234 5698 7654 32', 'NL91ABNA0417164300', 'NO93 8601 1117 947', 'FR1420041010050500013M02606']) {
      assert.deepEqual(valuesFound(ibanDetector, `transfer to ${iban}.`), [iban], iban);
    }
  });

  it('finds IBANs grouped by dashes and compact lowercase ones', () => {
    for (const iban of ['DE89-3704-0044-0532-0130-00', 'GB82-WEST-1234-5698-7654-32', 'de89370400440532013000', 'gb82west12345698765432']) {
      assert.deepEqual(valuesFound(ibanDetector, `"account": "${iban}",`), [iban], iban);
    }
    assert.deepEqual(spansFound(ibanDetector, 'iban=nl91abna0417164300')[0].meta, { country: 'NL' });
  });

  it('reports the country', () => {
    assert.deepEqual(spansFound(ibanDetector, 'IBAN GB82WEST12345698765432')[0].meta, { country: 'GB' });
  });

  it('refuses wrong check digits, wrong lengths, unknown countries and glued tokens', () => {
    for (const text of ['DE88 3704 0044 0532 0130 00', 'DE89 3704 0044 0532 0130 0', 'DE89370400440532013000X', 'QQ89370400440532013000', 'de89 3704 0044 0532 0130 00', 'XDE89370400440532013000', 'DE89 3704-0044 0532 0130 00', 'DE89-3704-0044-0532-0130-00-17']) {
      assert.deepEqual(valuesFound(ibanDetector, text), [], text);
    }
  });
});
