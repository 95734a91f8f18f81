import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dniLetter, passesElevenCheck, passesIbanMod97, passesLuhn, passesVerhoeff, verhoeffCheckDigit } from './checksum-algorithms.js';

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
});
