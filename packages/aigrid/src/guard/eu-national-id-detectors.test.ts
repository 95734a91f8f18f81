import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { brCpfDetector } from './br-cpf-detector.js';
import { deTaxIdDetector, hasSteuerIdDigitPattern } from './de-tax-id-detector.js';
import { valuesFound } from '../../test/support/guard/detector-harness.js';
import { frNirDetector } from './fr-nir-detector.js';
import { itFiscalCodeDetector } from './it-fiscal-code-detector.js';
import { ptNifDetector } from './pt-nif-detector.js';

// Values made for these tests with the checksum helpers (keys and check digits computed there).

describe('French NIR detector', () => {
  it('finds grouped, compact, Corsican and " - key" forms bare', () => {
    assert.deepEqual(valuesFound(frNirDetector, 'ma carte vitale : 1 79 03 75 123 456 44.'), ['1 79 03 75 123 456 44']);
    assert.deepEqual(valuesFound(frNirDetector, 'secu=288113309802160;'), ['288113309802160']);
    assert.deepEqual(valuesFound(frNirDetector, 'NIR 1 82 05 2A 004 117 15'), ['1 82 05 2A 004 117 15']);
    assert.deepEqual(valuesFound(frNirDetector, 'n° 1 79 03 75 123 456 - 44'), ['1 79 03 75 123 456 - 44']);
    assert.deepEqual(valuesFound(frNirDetector, '?nir=2+88+11+33+098+021+60&x'), ['2+88+11+33+098+021+60']);
  });

  it('refuses a wrong key, another sex digit, 2C and longer numbers', () => {
    for (const text of ['1 79 03 75 123 456 45', '5 79 03 75 123 456 44', '1 82 05 2C 004 117 15', '1790375123456441', '91 79 03 75 123 456 44']) {
      assert.deepEqual(valuesFound(frNirDetector, text), [], text);
    }
  });
});

describe('Italian codice fiscale detector', () => {
  it('finds upper- and lowercase codes and omocodic ones with their check letter', () => {
    assert.deepEqual(valuesFound(itFiscalCodeDetector, 'CF: VRDGPP80A01H501U'), ['VRDGPP80A01H501U']);
    assert.deepEqual(valuesFound(itFiscalCodeDetector, '"cf":"vrdgpp80a01h501u"'), ['vrdgpp80a01h501u']);
    assert.deepEqual(valuesFound(itFiscalCodeDetector, '| BNCLRA92M55F205P |'), ['BNCLRA92M55F205P']);
    assert.deepEqual(valuesFound(itFiscalCodeDetector, 'codice BNCLRA92M55F20QI.'), ['BNCLRA92M55F20QI']);
  });

  it('refuses a wrong check letter, a bad month letter, mixed case and glued tokens', () => {
    for (const text of ['VRDGPP80A01H501V', 'VRDGPP80F01H501U', 'VrdGPP80A01H501U', 'XVRDGPP80A01H501U', 'VRDGPP80A01H501U9', 'BNCLRA92M55F20QP']) {
      assert.deepEqual(valuesFound(itFiscalCodeDetector, text), [], text);
    }
  });
});

describe('Portuguese NIF detector', () => {
  it('finds labelled values in several layouts', () => {
    assert.deepEqual(valuesFound(ptNifDetector, 'NIF: 246813571'), ['246813571']);
    assert.deepEqual(valuesFound(ptNifDetector, 'o meu número de contribuinte é o 246 813 571'), ['246 813 571']);
    assert.deepEqual(valuesFound(ptNifDetector, '{"nif":"512345600"}'), ['512345600']);
    assert.deepEqual(valuesFound(ptNifDetector, 'Cliente;Contribuinte\nAna;246813571\n'), ['246813571']);
  });

  it('refuses unlabelled numbers and wrong check digits', () => {
    for (const text of ['encomenda 246813571', 'NIF: 246813572', 'NIF: 046813571', 'NIF: 2468135710']) assert.deepEqual(valuesFound(ptNifDetector, text), [], text);
  });
});

describe('German Steuer-ID detector', () => {
  it('applies the digit rule: one digit twice or thrice, never three in a row', () => {
    assert.ok(hasSteuerIdDigitPattern('4719283564'));
    assert.ok(!hasSteuerIdDigitPattern('8602417395')); // every digit once
    assert.ok(!hasSteuerIdDigitPattern('8604447395')); // 4 three times in a row
    assert.ok(!hasSteuerIdDigitPattern('1122345678')); // two digits repeated
  });

  it('finds labelled values, grouped or bare, in German and English', () => {
    assert.deepEqual(valuesFound(deTaxIdDetector, 'Steuer-ID: 47192835646'), ['47192835646']);
    assert.deepEqual(valuesFound(deTaxIdDetector, 'Ihre Steueridentifikationsnummer lautet 47 192 835 646.'), ['47 192 835 646']);
    assert.deepEqual(valuesFound(deTaxIdDetector, 'steuer_id=86024473951 ok'), ['86024473951']);
    assert.deepEqual(valuesFound(deTaxIdDetector, 'IdNr.,Name\n86024473951,Meier'), ['86024473951']);
  });

  it('refuses unlabelled numbers, a wrong check digit and a broken digit rule', () => {
    for (const text of ['Rechnung 47192835646', 'Steuer-ID: 47192835647', 'Steuer-ID: 86024173952', 'IdNr 07192835646']) {
      assert.deepEqual(valuesFound(deTaxIdDetector, text), [], text);
    }
  });
});

describe('Brazilian CPF detector', () => {
  it('finds the printed form bare and bare digits after a CPF label', () => {
    assert.deepEqual(valuesFound(brCpfDetector, 'titular 376.214.859-73'), ['376.214.859-73']);
    assert.deepEqual(valuesFound(brCpfDetector, 'CPF: 90411823655'), ['90411823655']);
  });

  it('refuses wrong check digits, repeated digits and unlabelled bare numbers', () => {
    for (const text of ['376.214.859-74', '111.111.111-11', 'pedido 90411823655', 'CPF 90411823656']) assert.deepEqual(valuesFound(brCpfDetector, text), [], text);
  });
});
