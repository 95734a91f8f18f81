import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createClassifier } from './guard-classifier.js';
import { mayChange, normalizeForScan } from './text-normalization.js';

const SEPARATORS_TO_FOLD = /[\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\u2010-\u2013\u2212\ufe63\uff0d\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff]/;

describe('text normalization', () => {
  it('skips only characters that NFKC leaves alone and that are no separator to fold', () => {
    const wrong: string[] = [];
    for (let code = 0; code < 0xd800; code++) {
      const character = String.fromCharCode(code);
      if (mayChange(code)) continue;
      if (character.normalize('NFKC') !== character || SEPARATORS_TO_FOLD.test(character)) wrong.push(code.toString(16));
    }
    assert.deepEqual(wrong, []);
  });

  it('returns ASCII and stable accented prose as it is', () => {
    for (const text of ['plain ascii 123', 'Grüße aus Köln — à bientôt, señor', 'Привет, мир']) {
      const normalized = normalizeForScan(text);
      assert.equal(normalized.text, text);
      assert.equal(normalized.moved, false);
    }
  });

  it('folds spaces, dashes and full-width forms without moving offsets', () => {
    const normalized = normalizeForScan('tel\u00a0+49\u202f30\u2009123\u20134567 ｉｄ ４２');
    assert.equal(normalized.text, 'tel +49 30 123-4567 id 42');
    assert.equal(normalized.moved, false);
  });

  it('maps spans back through ligatures, ellipses, combining marks and invisible characters', () => {
    const text = 'ﬁle… Jose\u0301: 4111\u200b1111\u200b1111\u200b1111!';
    const normalized = normalizeForScan(text);
    assert.equal(normalized.text, 'file... José: 4111111111111111!');
    assert.equal(normalized.moved, true);
    const at = normalized.text.indexOf('4111');
    assert.deepEqual(normalized.toOriginal(at, at + 16), [text.indexOf('4111'), text.lastIndexOf('1111') + 4]);
    const name = normalized.text.indexOf('José');
    assert.deepEqual(normalized.toOriginal(name, name + 4), [text.indexOf('Jose'), text.indexOf(':')]);
    assert.deepEqual(normalized.toOriginal(0, 4), [0, 3]);
  });

  it('lets the classifier report original offsets, so redaction cuts what the client sent', () => {
    const classifier = createClassifier();
    const text = '“ﬁnal” card: ４１１１ １１１１ １１１１ １１１１ · mail\u200bme: ｊｏｈｎ＠ｅｘａｍｐｌｅ．ｃｏｍ';
    const found = classifier.scanText(text).map((span) => [span.type, text.slice(span.start, span.end)]);
    assert.deepEqual(found, [
      ['credit_card', '４１１１ １１１１ １１１１ １１１１'],
      ['email', 'ｊｏｈｎ＠ｅｘａｍｐｌｅ．ｃｏｍ'],
    ]);
  });

  it('decodes URL escapes and form-encoded spaces in query values, mapping spans back', () => {
    const text = 'GET /a?mail=ann.lee%40mail.example&card=4111+1111+1111+1111&tel=%2B44%2020%207946%200958 HTTP';
    const normalized = normalizeForScan(text);
    assert.equal(normalized.text, 'GET /a?mail=ann.lee@mail.example&card=4111 1111 1111 1111&tel=+44 20 7946 0958 HTTP');
    const at = normalized.text.indexOf('ann.lee');
    assert.deepEqual(normalized.toOriginal(at, at + 'ann.lee@mail.example'.length), [text.indexOf('ann.lee'), text.indexOf('&card')]);
    const tel = normalized.text.indexOf('+44');
    assert.deepEqual(normalized.toOriginal(tel, tel + '+44 20 7946 0958'.length), [text.indexOf('%2B44'), text.indexOf(' HTTP')]);
  });

  it('leaves controls, lone percent signs, structural escapes and pluses outside query values', () => {
    for (const text of ['100% sure, a%0Ab stays', 'pass y3s%9c-c!x', 'q?x=a%3Db%26c', '2+2=4 and +44 20 7946 0958', 'q?to=ann+tag@mail.example']) {
      assert.equal(normalizeForScan(text).text, text, text);
    }
  });

  it('lets the classifier report URL-encoded values at their original offsets', () => {
    const classifier = createClassifier({ detectors: ['email', 'credit_card', 'phone', 'iban'] });
    const text = '/cb?m=li.chen%40mail.example&pan=5500%200000%200000%200004&iban=DE89+3704+0044+0532+0130+00&phone=%2B33612345678';
    const found = classifier.scanText(text).map((span) => [span.type, text.slice(span.start, span.end)]);
    assert.deepEqual(found, [
      ['email', 'li.chen%40mail.example'],
      ['credit_card', '5500%200000%200000%200004'],
      ['iban', 'DE89+3704+0044+0532+0130+00'],
      ['phone', '%2B33612345678'],
    ]);
  });
});
