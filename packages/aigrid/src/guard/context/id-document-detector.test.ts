import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { spansFound, uncertainValues, valuesFound } from '../../../test/support/guard/detector-harness.js';
import { createClassifier } from '../guard-classifier.js';
import { DOCUMENT_GATE, DOCUMENT_WORD } from './id-document-context-words.js';
import { idDocumentDetector } from './id-document-detector.js';

const found = (text: string) => valuesFound(idDocumentDetector, text);

describe('id_document detector: document labels in seven languages', () => {
  it('takes the number after a document label, in each language', () => {
    const cases = [
      ['Passport no. K4821937 expires in 2031.', 'K4821937'],
      ['my passport number: 537201846, issued in Dublin', '537201846'],
      ["Driver's license: D123-4567-8901 (Illinois)", 'D123-4567-8901'],
      ['UK driving licence MORGA753116SM9IJ', 'MORGA753116SM9IJ'],
      ['Reisepassnummer: C01X00T47', 'C01X00T47'],
      ['Personalausweis L01X00T47, gültig bis 2029', 'L01X00T47'],
      ['Führerschein-Nr.: B072RRE2I55', 'B072RRE2I55'],
      ['numéro de passeport : 18AB23456', '18AB23456'],
      ['carte d’identité n° 880692310285', '880692310285'],
      ['Pasaporte: PAB123456', 'PAB123456'],
      ['permiso de conducir 51234567K', '51234567K'],
      ['Paspoortnummer: NW1K2L3P4', 'NW1K2L3P4'],
      ['rijbewijs 5123456789', '5123456789'],
      ['ID-kaart: IR5ZK83F1', 'IR5ZK83F1'],
      ['Numero passaporto YA1234567', 'YA1234567'],
      ["carta d'identità CA12345BB", 'CA12345BB'],
      ['patente di guida U1H27F889K', 'U1H27F889K'],
      ['Passaporte n.º CB123456', 'CB123456'],
      ['Cartão de Cidadão 14926384 5 ZX2', '14926384 5 ZX2'],
      ['N.º do BI: 10234567', '10234567'],
      ['titre de séjour n° 7501234567', '7501234567'],
      ['Aufenthaltstitel: Y8K2L5P9Q', 'Y8K2L5P9Q'],
      ['CNI: X4RTBPFW4', 'X4RTBPFW4'],
    ] as const;
    for (const [text, value] of cases) assert.deepEqual(found(text), [value], text);
  });

  it('reads JSON, key=value, log lines and e-mails, glued punctuation included', () => {
    assert.deepEqual(found('{"passport":"X1234567"}'), ['X1234567']);
    assert.deepEqual(found('{"holder": {"id_number": "AB9876543", "tier": 2}}'), ['AB9876543']);
    assert.deepEqual(found('passport_no=P00445566 status=ok'), ['P00445566']);
    assert.deepEqual(found('2025-03-01 12:00:01 WARN kyc mismatch passportNumber=HK7734001 user=77'), ['HK7734001']);
    const mail = 'Hello,\n\nas asked, my Reisepass is C4J7N2K81 and it is valid until next year.\n\nRegards';
    assert.deepEqual(found(mail), ['C4J7N2K81']);
  });

  it('reads the next line, form fields and the column a header names', () => {
    assert.deepEqual(found('Passport number:\n  Z7731904\nNationality: CA'), ['Z7731904']);
    assert.deepEqual(found('<tr><th>Paspoort</th><td>BX48LK2Q1</td></tr>'), ['BX48LK2Q1']);
    assert.deepEqual(found('cliente;passaporto\n101;YB7654321\n102;YC1357913\n'), ['YB7654321', 'YC1357913']);
    assert.deepEqual(found('| Nombre | Pasaporte |\n| --- | --- |\n| Eva | XDB403911 |\n'), ['XDB403911']);
    assert.deepEqual(found("INSERT INTO holders (name, passport_no) VALUES ('Ines', 'PT8812345'), ('Rui', 'PT7712399');"), ['PT8812345', 'PT7712399']);
  });

  it('scores generic labels lower: short bare numbers stay uncertain', () => {
    assert.deepEqual(found('document number: AB1234567'), ['AB1234567']);
    assert.deepEqual(found('ID no. 482911'), []);
    assert.deepEqual(uncertainValues(idDocumentDetector, 'ID no. 482911'), ['482911']);
    const [strong] = spansFound(idDocumentDetector, 'Passport: K4821937');
    const [generic] = spansFound(idDocumentDetector, 'licence number: K4821937');
    assert.ok(strong.score! > generic.score!);
  });
});

describe('id_document detector: numbers that are no document numbers', () => {
  it('takes nothing without a document label', () => {
    for (const text of ['Order number 12345678 shipped.', 'Ticket AB12345678 is closed.', 'License key: ABCD-1234-EFGH-5678', 'SKU 4006381333931, batch X7734001']) {
      assert.deepEqual(found(text), [], text);
    }
  });

  it('takes no words, versions, sizes or dates after a label', () => {
    for (const text of [
      'Passport photo size is 35x45 mm.',
      'npm install passport@0.7.0 passport-local',
      'passport expires 2031-05-01',
      'Passport: see the attached scan',
      'passport.authenticate("local") returns 401',
    ]) assert.deepEqual(found(text), [], text);
  });

  it('needs acronyms in capitals, right before the number', () => {
    assert.deepEqual(found('Das habe ich nie 12345678 Mal gesagt.'), []);
    assert.deepEqual(found('Power BI report 20240101 is ready'), []);
    assert.deepEqual(found('DNI 12345678Z'), ['12345678Z']);
    assert.deepEqual(found('NIE: X1234567L'), ['X1234567L']);
  });

  it('keeps accounting document numbers uncertain and patents out', () => {
    assert.deepEqual(found('Document number 4900023311 was posted with the invoice.'), []);
    assert.deepEqual(uncertainValues(idDocumentDetector, 'Document number 4900023311 was posted with the invoice.'), ['4900023311']);
    assert.deepEqual(found('Belegnummer egal, Dokumentnummer 5100044321 zur Bestellung'), []);
    assert.deepEqual(found('patente europea EP2765431 concedida en 2019'), []);
    assert.deepEqual(found('<tr><th>N. patente</th><td>MI7731904K</td></tr>'), ['MI7731904K']);
    assert.deepEqual(found('license_number: GPL-2024'), []);
  });

  it('does not reach into another field', () => {
    assert.deepEqual(found('{"passport": null, "order": "A12345678"}'), []);
    assert.deepEqual(found('passport=&order=A12345678'), []);
    assert.deepEqual(found("INSERT INTO t (passport_no, order_no) VALUES (NULL, 'A12345678');"), []);
  });
});

describe('id_document detector: parts', () => {
  it('has a pre-check that matches inside every label it stands for', () => {
    for (const label of ['passport', 'Passport No', 'passport_number', 'Reisepass', 'Personalausweis', 'Ausweisnummer', 'passeport', "carte d'identité", 'carte nationale d’identité', 'pasaporte', 'documento de identidad', 'tarjeta de residencia', 'paspoort', 'identiteitskaart', 'ID-kaart', 'rijbewijs', 'verblijfsvergunning', 'passaporto', "carta d'identità", 'patente di guida', 'permesso di soggiorno', 'passaporte', 'cartão de cidadão', 'bilhete de identidade', 'carta de condução', 'carteira de motorista', 'autorização de residência', "driver's license", 'driving licence', 'DL no', 'residence permit', 'Aufenthaltstitel', 'Führerschein', 'permis de conduire', 'titre de séjour', 'carnet de conducir', 'voter ID', 'id_number', 'document number', 'Dokumentnummer', 'documentnummer', 'licence number', 'DNI', 'NIE', 'CNI', 'BI', 'Número de identificação civil']) {
      const exact = DOCUMENT_WORD.exec(label);
      assert.ok(exact, label);
      const gate = DOCUMENT_GATE.exec(label);
      assert.ok(gate && gate.index >= exact.index && gate.index < exact.index + exact[0].length, label);
    }
  });

  it('is registered through the classifier', () => {
    const classifier = createClassifier({ detectors: ['id_document'] });
    assert.deepEqual(classifier.scanText('Reisepassnummer: C01X00T47').map((span) => span.type), ['id_document']);
  });
});
