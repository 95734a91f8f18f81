import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { verhoeffCheckDigit } from './checksum-algorithms.js';
import { esDniDetector } from './es-dni-detector.js';
import { spansFound, valuesFound } from '../../test/support/guard/detector-harness.js';
import { inAadhaarDetector } from './in-aadhaar-detector.js';
import { nlBsnDetector } from './nl-bsn-detector.js';
import { ukNinoDetector } from './uk-nino-detector.js';
import { isValidSsn, usSsnDetector } from './us-ssn-detector.js';

describe('US SSN detector', () => {
  it('finds dashed numbers and labelled bare ones', () => {
    assert.deepEqual(valuesFound(usSsnDetector, 'ssn 123-45-6789.'), ['123-45-6789']);
    assert.deepEqual(valuesFound(usSsnDetector, 'SSN: 123456789'), ['123456789']);
    assert.deepEqual(valuesFound(usSsnDetector, 'Social Security Number is 123 45 6789'), ['123 45 6789']);
  });

  it('refuses area 000, 666 and 900–999, group 00 and serial 0000', () => {
    for (const ssn of ['000-12-3456', '666-12-3456', '900-12-3456', '999-12-3456', '123-00-4567', '123-45-0000']) {
      assert.deepEqual(valuesFound(usSsnDetector, `ssn ${ssn}`), [], ssn);
    }
    assert.ok(isValidSsn('899', '99', '9999'));
  });

  it('ignores bare nine-digit numbers and longer dashed codes', () => {
    for (const text of ['order 123456789', 'part 123-45-6789-01', 'ISBN 978-0-306-40615-7', 'id x123-45-6789']) {
      assert.deepEqual(valuesFound(usSsnDetector, text), [], text);
    }
  });
});

describe('UK NINO detector', () => {
  it('finds compact and spaced numbers with a valid prefix and suffix', () => {
    assert.deepEqual(valuesFound(ukNinoDetector, 'NI number AB123456C'), ['AB123456C']);
    assert.deepEqual(valuesFound(ukNinoDetector, 'NI: JG 10 37 28 D.'), ['JG 10 37 28 D']);
  });

  it('refuses prefixes with D/F/I/Q/U/V (first), O (second), unallocated pairs and bad suffixes', () => {
    for (const nino of ['DA123456C', 'FA123456C', 'QQ123456C', 'AO123456C', 'BG123456C', 'GB123456C', 'NK123456C', 'TN123456C', 'ZZ123456C', 'AB123456E', 'AB123456', 'ab123456c']) {
      assert.deepEqual(valuesFound(ukNinoDetector, `nino ${nino}`), [], nino);
    }
  });
});

describe('Spanish DNI/NIE detector', () => {
  it('finds DNI and NIE numbers whose control letter matches', () => {
    assert.deepEqual(valuesFound(esDniDetector, 'DNI 12345678Z'), ['12345678Z']);
    assert.deepEqual(valuesFound(esDniDetector, 'DNI 12345678-Z'), ['12345678-Z']);
    assert.deepEqual(valuesFound(esDniDetector, 'NIE X1234567L'), ['X1234567L']);
    assert.deepEqual(spansFound(esDniDetector, 'NIE Y1234567X')[0].meta, { kind: 'nie' });
  });

  it('refuses a wrong control letter, lowercase and glued tokens', () => {
    for (const text of ['12345678A', 'X1234567M', '12345678z', 'A12345678Z', '12345678ZZ']) assert.deepEqual(valuesFound(esDniDetector, text), [], text);
  });
});

describe('Dutch BSN detector', () => {
  it('finds the dotted form and labelled bare numbers passing the 11-check', () => {
    assert.deepEqual(valuesFound(nlBsnDetector, 'nummer 1112.22.333'), ['1112.22.333']);
    assert.deepEqual(valuesFound(nlBsnDetector, 'BSN: 123456782'), ['123456782']);
    assert.deepEqual(valuesFound(nlBsnDetector, 'burgerservicenummer 111222333'), ['111222333']);
  });

  it('refuses numbers failing the 11-check and unlabelled bare numbers', () => {
    for (const text of ['BSN: 123456789', '1234.56.789', 'order 111222333', 'bsn 000000000']) assert.deepEqual(valuesFound(nlBsnDetector, text), [], text);
  });
});

describe('Aadhaar detector', () => {
  const valid = `2345678901${'2'}`;
  const number = valid + verhoeffCheckDigit(valid);

  it('finds 4-4-4 grouped numbers and labelled bare ones with a Verhoeff check digit', () => {
    const grouped = `${number.slice(0, 4)} ${number.slice(4, 8)} ${number.slice(8)}`;
    assert.deepEqual(valuesFound(inAadhaarDetector, `aadhaar ${grouped}`), [grouped]);
    assert.deepEqual(valuesFound(inAadhaarDetector, `Aadhaar: ${number}`), [number]);
  });

  it('refuses a wrong check digit, a leading 0/1, unlabelled bare numbers and card-length runs', () => {
    const wrong = number.slice(0, 11) + ((Number(number[11]) + 1) % 10);
    const leadingOne = `1${number.slice(1)}`;
    for (const text of [`Aadhaar: ${wrong}`, `aadhaar ${leadingOne}`, `ref ${number}`, `${number.slice(0, 4)} ${number.slice(4, 8)} ${number.slice(8)} 1234`, `1234 ${number.slice(0, 4)} ${number.slice(4, 8)} ${number.slice(8)}`]) {
      assert.deepEqual(valuesFound(inAadhaarDetector, text), [], text);
    }
  });
});

describe('national-id labels in structured layouts', () => {
  it('finds undashed SSNs under a CSV header, in a JSON key, a YAML key and an SQL column', () => {
    assert.deepEqual(valuesFound(usSsnDetector, 'name,SSN\nJo,219 09 9999\n'), ['219 09 9999']);
    assert.deepEqual(valuesFound(usSsnDetector, '{"socialSecurityNumber":"219099999"}'), ['219099999']);
    assert.deepEqual(valuesFound(usSsnDetector, '  - ssn: "219099999"'), ['219099999']);
    assert.deepEqual(valuesFound(usSsnDetector, "INSERT INTO p (id, ssn) VALUES (7, '219099999');"), ['219099999']);
    assert.deepEqual(valuesFound(usSsnDetector, '?ssn=219%2009%209999&x=1'), ['219%2009%209999']);
  });

  it('finds BSNs spaced 3-3-3 and labelled by an HTML cell or a table header', () => {
    assert.deepEqual(valuesFound(nlBsnDetector, 'Mijn BSN is 232 262 536.'), ['232 262 536']);
    assert.deepEqual(valuesFound(nlBsnDetector, '<tr><th>BSN</th><td>232262536</td></tr>'), ['232262536']);
    assert.deepEqual(valuesFound(nlBsnDetector, '| Naam | BSN-nummer |\n| --- | --- |\n| Jan | 232262536 |'), ['232262536']);
    assert.deepEqual(valuesFound(nlBsnDetector, 'klant 232 262 536'), []);
    assert.deepEqual(valuesFound(nlBsnDetector, 'tel 020 232 262 536'), []);
  });

  it('finds URL-encoded Aadhaar and NINO values and labelled bare Aadhaar numbers in a column', () => {
    assert.deepEqual(valuesFound(inAadhaarDetector, '?aadhaar=3728+4619+5037&x'), ['3728+4619+5037']);
    assert.deepEqual(valuesFound(inAadhaarDetector, 'UID,City\n372846195037,Pune'), ['372846195037']);
    assert.deepEqual(valuesFound(ukNinoDetector, '?nino=JG%2010%2037%2028%20D&x'), ['JG%2010%2037%2028%20D']);
    assert.deepEqual(valuesFound(ukNinoDetector, '?nino=JG+10+37+28+D&x'), ['JG+10+37+28+D']);
  });

  it('finds a DNI with a space or "+" before its letter', () => {
    assert.deepEqual(valuesFound(esDniDetector, 'documento: 12345678 Z'), ['12345678 Z']);
    assert.deepEqual(valuesFound(esDniDetector, '?dni=12345678+Z&x'), ['12345678+Z']);
    assert.deepEqual(valuesFound(esDniDetector, 'documento: 12345678 A'), []);
  });
});
