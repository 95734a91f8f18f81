import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { spansFound, uncertainValues, valuesFound } from '../../test/support/guard/detector-harness.js';
import { createClassifier } from './guard-classifier.js';
import { phoneDetector } from './phone-detector.js';

describe('phone detector: numbering plans and context', () => {
  it('takes 00-prefixed international numbers in short groups', () => {
    for (const phone of ['0033 6 12 34 56 78', '0049 30 1234567', '0044 20 7946 0958', '00351 912 345 678', '0034 612 34 56 78', '0039 06 6982 1234']) {
      assert.deepEqual(valuesFound(phoneDetector, `bitte an ${phone} faxen`), [phone], phone);
    }
  });

  it('takes numbers glued to query strings, assignments and CSV fields', () => {
    assert.deepEqual(valuesFound(phoneDetector, 'GET /lookup?phone=+1-415-555-2671&country=us'), ['+1-415-555-2671']);
    assert.deepEqual(valuesFound(phoneDetector, 'tel=+33612345678;name=x'), ['+33612345678']);
    assert.deepEqual(valuesFound(phoneDetector, '17,+4930901820,berlin'), ['+4930901820']);
    assert.deepEqual(valuesFound(phoneDetector, '{"mobile":"+31 6 12345678"}'), ['+31 6 12345678']);
    assert.deepEqual(valuesFound(phoneDetector, '|+39 333 123 4567|'), ['+39 333 123 4567']);
  });

  it('takes national numbers without a trunk prefix when a phone word stands before them', () => {
    const cases = [
      ['Teléfono: 612 34 56 78', '612 34 56 78'],
      ['móvil 612 345 678', '612 345 678'],
      ['Telemóvel: 912 345 678', '912 345 678'],
      ['cellulare 333 123 4567', '333 123 4567'],
      ['WhatsApp 98765 43210', '98765 43210'],
    ] as const;
    for (const [text, phone] of cases) assert.deepEqual(valuesFound(phoneDetector, text), [phone], text);
  });

  it('reads more ways of announcing a number and more national groupings', () => {
    const cases = [
      ['Telefone fixo: 21 423 8765', '21 423 8765'],
      ["msisdn: '934 251 118'", '934 251 118'],
      ['ALERT_SMS_TO=3471268402', '3471268402'],
      ['liguem para 912876543 amanhã', '912876543'],
      ['cellulare 347/1268402', '347/1268402'],
      ['Sono raggiungibile al 347-1268402 dopo le 9', '347-1268402'],
      ['Ich bin erreichbar unter 030 98765432', '030 98765432'],
      ['My new number is 98123 45670 from today', '98123 45670'],
    ] as const;
    for (const [text, phone] of cases) assert.deepEqual(valuesFound(phoneDetector, text), [phone], text);
  });

  it('reads a number in a CSV row, and leaves dashed groups of four (serial numbers) alone', () => {
    assert.deepEqual(valuesFound(phoneDetector, '12,Ann Lee,650-253-0199,5 Main St'), ['650-253-0199']);
    assert.deepEqual(valuesFound(phoneDetector, 'Seriennummer 0471-2230-9815 hat Garantie'), []);
    assert.deepEqual(uncertainValues(phoneDetector, 'device 0471-2230-9815'), []);
  });

  it('reads the header of the column a number stands in', () => {
    assert.deepEqual(valuesFound(phoneDetector, 'id;Kunde;Rufnummer\n17;Ana Sousa;21 423 8765\n18;Rui Lima;912876543\n'), ['21 423 8765', '912876543']);
    assert.deepEqual(valuesFound(phoneDetector, '| Name | Mobile |\n|---|---|\n| Ann | 98123 45670 |\n'), ['98123 45670']);
    assert.deepEqual(valuesFound(phoneDetector, 'sku\tpedido\nA-1\t912876543\n'), []);
    assert.deepEqual(valuesFound(phoneDetector, 'sku\tqty\nA-1\t912876543\n'), []);
  });

  it('reports the same numbers without a phone word as uncertain, not as findings', () => {
    assert.deepEqual(valuesFound(phoneDetector, 'siehe 612 345 678 unten'), []);
    assert.deepEqual(uncertainValues(phoneDetector, 'siehe 612 345 678 unten'), ['612 345 678']);
  });

  it('needs a phone word for a compact number without prefix, and then asks the plan', () => {
    assert.deepEqual(valuesFound(phoneDetector, 'mobile: 612345678'), ['612345678']);
    assert.deepEqual(valuesFound(phoneDetector, 'ref 612345678'), []);
    assert.deepEqual(uncertainValues(phoneDetector, 'ref 612345678'), []);
  });

  it('weighs the word right before: an order or invoice number is not a phone', () => {
    assert.deepEqual(valuesFound(phoneDetector, 'Bestellnummer 0301234567 ist unterwegs'), []);
    assert.deepEqual(valuesFound(phoneDetector, 'invoice # 0612345678'), []);
    assert.deepEqual(valuesFound(phoneDetector, 'Pedido 612 345 678 enviado'), []);
    assert.deepEqual(valuesFound(phoneDetector, 'order 42 shipped; call 020 7946 0958'), ['020 7946 0958']);
  });

  it('rejects what the numbering plans cannot hold, and marks the country of valid numbers', () => {
    assert.deepEqual(valuesFound(phoneDetector, 'celular 123 456 789'), []);
    assert.equal(spansFound(phoneDetector, 'Tel. 030 1234567')[0].meta?.country, 'DE');
    assert.equal(spansFound(phoneDetector, 'appelez le 06 12 34 56 78')[0].meta?.country, 'FR');
    assert.equal(spansFound(phoneDetector, 'ring +44 20 7946 0958')[0].meta?.country, 'GB');
  });

  it('is not fooled by UUIDs, port ranges, netmasks, dates or number lists', () => {
    const texts = ['uuid 0000180d-0000-1000-8000-00805f9b34fb', 'ports 49152-65535', 'mask 255.255.255.0', 'sizes 256 512 1024 2048', 'due 2025-11-30 17:00', 'am 30.11.2025 um 14:00', 'Summe 1.234.567,89 €', 'EAN 4006381333931'];
    for (const text of texts) {
      assert.deepEqual(valuesFound(phoneDetector, text), [], text);
      assert.deepEqual(uncertainValues(phoneDetector, text), [], text);
    }
  });

  it('finds numbers typed with no-break, narrow and thin spaces or full-width digits, in original offsets', () => {
    const classifier = createClassifier({ detectors: ['phone'] });
    for (const phone of ['+33\u00a06\u00a012\u00a034\u00a056\u00a078', '06\u202f12\u202f34\u202f56\u202f78', '+49\u200930\u20091234567', '＋４４ ２０ ７９４６ ０９５８', '+1\u2011415\u2011555\u20112671']) {
      const text = `Tél. : ${phone}.`;
      assert.deepEqual(classifier.scanText(text).map((span) => text.slice(span.start, span.end)), [phone], JSON.stringify(phone));
    }
  });
});
