import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  cpfCheckDigits,
  dniLetter,
  fiscalCodeCheckLetter,
  iso7064Mod1110CheckDigit,
  nirKey,
  passesElevenCheck,
  passesIbanMod97,
  passesLuhn,
  passesVerhoeff,
  ptNifCheckDigit,
  verhoeffCheckDigit,
  weightedMod11CheckDigit,
} from './checksum-algorithms.js';

describe('checksum algorithms', () => {
  it('Luhn accepts valid numbers and refuses a changed digit', () => {
    for (const valid of ['4111111111111111', '5500000000000004', '378282246310005', '79927398713']) assert.ok(passesLuhn(valid), valid);
    for (const invalid of ['4111111111111112', '5500000000000005', '79927398710']) assert.ok(!passesLuhn(invalid), invalid);
  });

  it('IBAN mod-97 accepts registry examples and refuses wrong check digits', () => {
    for (const valid of ['DE89370400440532013000', 'GB82WEST12345698765432', 'NL91ABNA0417164300', 'NO9386011117947']) {
      assert.ok(passesIbanMod97(valid), valid);
    }
    for (const invalid of ['DE88370400440532013000', 'GB82WEST12345698765433', 'NL91ABNA0417164301']) assert.ok(!passesIbanMod97(invalid), invalid);
  });

  it('Verhoeff validates, computes check digits and catches transpositions', () => {
    assert.equal(verhoeffCheckDigit('236'), 3);
    assert.ok(passesVerhoeff('2363'));
    assert.ok(!passesVerhoeff('2336'));
    assert.ok(!passesVerhoeff('2364'));
    assert.ok(passesVerhoeff(`23456789012${verhoeffCheckDigit('23456789012')}`));
  });

  it('the BSN 11-check accepts known-valid numbers and pads 8 digits', () => {
    assert.ok(passesElevenCheck('111222333'));
    assert.ok(passesElevenCheck('123456782'));
    assert.ok(!passesElevenCheck('123456789'));
    assert.ok(!passesElevenCheck('000000000'));
    assert.equal(passesElevenCheck('12345678'), passesElevenCheck('012345678'));
  });

  it('the DNI letter is number mod 23 into the official table', () => {
    assert.equal(dniLetter(12345678), 'Z');
    assert.equal(dniLetter(1234567), 'L');
    assert.equal(dniLetter(0), 'T');
  });

  it('the NIR key is 97 − (13 digits mod 97), with Corsica 2A/2B read as 19/18', () => {
    assert.equal(nirKey('2550814168025'), 38); // the example INSEE and Wikipedia print
    assert.equal(nirKey('1850578006084'), 91);
    assert.equal(nirKey('2850519006084'), 97 - (2850519006084 % 97));
    assert.equal(nirKey('28505' + '2A' + '006084'), nirKey('2850519006084'));
    assert.equal(nirKey('28505' + '2B' + '006084'), nirKey('2850518006084'));
    assert.equal(nirKey('0000000000000'), 97);
    assert.ok(Number.isNaN(nirKey('28505' + '2C' + '006084')));
  });

  it('the codice fiscale check letter follows the odd/even tables, omocodia letters included', () => {
    assert.equal(fiscalCodeCheckLetter('RSSMRA85T10A562'), 'S'); // the Agenzia delle Entrate's example
    assert.equal(fiscalCodeCheckLetter('MRTMTT25D09F205'), 'Z');
    // Omocodia: the last numeric character replaced (2 -> N) is valued as the letter N in its odd
    // position (20 instead of 5), so the check letter moves 15 places: S (18) -> H (7).
    assert.equal(fiscalCodeCheckLetter('RSSMRA85T10A56N'), 'H');
    assert.equal(fiscalCodeCheckLetter('rssmra85t10a562'), '');
  });

  it('weighted mod 11 gives the Portuguese NIF and Brazilian CPF check digits, 10 and 11 read as 0', () => {
    assert.equal(ptNifCheckDigit('12345678'), 9);
    assert.equal(ptNifCheckDigit('50000000'), 0); // sum 45, 45 mod 11 = 1: 11 − 1 = 10 -> 0
    assert.equal(weightedMod11CheckDigit('00000000'), 0);
    assert.equal(cpfCheckDigits('529982247'), '25');
    assert.equal(cpfCheckDigits('123456789'), '09');
    assert.equal(cpfCheckDigits('111111111'), '11'); // all-equal numbers pass the check; the detector refuses them
  });

  it('ISO 7064 MOD 11,10 gives the Steuer-ID check digit', () => {
    assert.equal(iso7064Mod1110CheckDigit('1234567899'), 5);
    assert.equal(iso7064Mod1110CheckDigit('0247629135'), 8); // the ELSTER test number 02476291358
    assert.notEqual(iso7064Mod1110CheckDigit('1234567898'), 5);
  });
});
