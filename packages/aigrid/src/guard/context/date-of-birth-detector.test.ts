import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { uncertainValues, valuesFound } from '../../../test/support/guard/detector-harness.js';
import { createClassifier } from '../guard-classifier.js';
import { BIRTH_GATE, BIRTH_WORD } from './birth-context-words.js';
import { findDate } from './date-shapes.js';
import { dateOfBirthDetector } from './date-of-birth-detector.js';

const found = (text: string) => valuesFound(dateOfBirthDetector, text);

describe('date_of_birth detector: birth words in seven languages', () => {
  it('takes the date after a birth word in prose, in each language', () => {
    const cases = [
      ['For the insurance form: date of birth 4 July 1979, place of birth Leeds.', '4 July 1979'],
      ['She was born on the 3rd of November 1968 in Cork.', '3rd of November 1968'],
      ['Patient DOB 02/29/1996, allergies none.', '02/29/1996'],
      ['Geburtsdatum: 07.11.1962, Staatsangehörigkeit deutsch', '07.11.1962'],
      ['Herr Brandl, geb. 7. Oktober 1955 in Graz, wohnt in Wien.', '7. Oktober 1955'],
      ['Meine Mutter ist geboren am 3. Jänner 1941.', '3. Jänner 1941'],
      ['Mme Lefort, née le 9 février 1983 à Nantes.', '9 février 1983'],
      ['Date de naissance : 1er août 1975', '1er août 1975'],
      ['Fecha de nacimiento: 12 de septiembre de 1966', '12 de septiembre de 1966'],
      ['La paciente, nacida el 30/06/1991, refiere dolor.', '30/06/1991'],
      ['Geboortedatum: 22-08-1977', '22-08-1977'],
      ['Mijn opa is geboren op 5 mei 1932 in Delft.', '5 mei 1932'],
      ['Data di nascita: 14 gennaio 1980', '14 gennaio 1980'],
      ['Il signor Greco, nato a Bari il 02/10/1973, dichiara…', '02/10/1973'],
      ['Data de nascimento: 25 de abril de 1974', '25 de abril de 1974'],
      ['O titular, nascido em 1986-12-01, reside em Braga.', '1986-12-01'],
      ['Nasci a 4 de julho de 1961, em Coimbra.', '4 de julho de 1961'],
      ['D.O.B.: 15-03-84', '15-03-84'],
    ] as const;
    for (const [text, date] of cases) assert.deepEqual(found(text), [date], text);
  });

  it('takes a date before the verb where German and Dutch put it last', () => {
    assert.deepEqual(found('Ich bin am 19. Juni 1988 geboren.'), ['19. Juni 1988']);
    assert.deepEqual(found('Ik ben op 02-04-1969 geboren.'), ['02-04-1969']);
  });

  it('reads JSON, YAML, query strings, key=value and log lines, glued punctuation included', () => {
    assert.deepEqual(found('{"user":{"birth_date":"1981-06-09","plan":"pro"}}'), ['1981-06-09']);
    assert.deepEqual(found('{"dateOfBirth": "1999-01-31T00:00:00Z"}'), ['1999-01-31']);
    assert.deepEqual(found("  fecha_nacimiento: '1970-04-02'\n  ciudad: Sevilla"), ['1970-04-02']);
    assert.deepEqual(found('GET /kyc?dob=1984-03-15&ref=abc'), ['1984-03-15']);
    assert.deepEqual(found('POST /verify?birthdate=12%2F05%2F1988&x=1'), ['12%2F05%2F1988']);
    assert.deepEqual(found('2025-02-11T08:12:44Z INFO kyc.check user=9912 dob=1972-09-30 result=ok'), ['1972-09-30']);
    assert.deepEqual(found('data_nascita=19780423 comune=Lecce'), ['19780423']);
  });

  it('reads the next line after a label that ends its line, and form fields', () => {
    assert.deepEqual(found('Date of birth:\n  16 March 1985\nCountry: IE'), ['16 March 1985']);
    assert.deepEqual(found('<label for="dob">Date of birth</label>\n<input id="dob" name="dob" type="date" value="1990-08-14">'), ['1990-08-14']);
    assert.deepEqual(found('<tr><th>Geburtsdatum</th><td>01.02.1950</td></tr>'), ['01.02.1950']);
    assert.deepEqual(found('Geboortedatum\t11 oktober 1964\nWoonplaats\tZwolle'), ['11 oktober 1964']);
    assert.deepEqual(found('Birth date   | Apr 2, 1958\nStatus       | active'), ['Apr 2, 1958']);
  });

  it('reads the column a table header names: CSV, TSV, Markdown, SQL', () => {
    assert.deepEqual(found('id;nom;date_naissance\n17;Roux;03/12/1958\n18;Petit;27/07/2001\n'), ['03/12/1958', '27/07/2001']);
    assert.deepEqual(found('ref,Fecha de nacimiento,alta\r\n71,1988-02-14,2024-01-09\r\n'), ['1988-02-14']);
    assert.deepEqual(found('nome\tdata di nascita\tcittà\nRota\t11/11/1944\tComo\n'), ['11/11/1944']);
    assert.deepEqual(found('| Nome | Data de nascimento |\n|---|---|\n| Rui | 8 de maio de 1969 |\n'), ['8 de maio de 1969']);
    const sql = "INSERT INTO clientes (nombre, fecha_nacimiento, alta) VALUES ('Ana', '1993-05-17', '2024-02-02'), ('Luis', '1961-10-08', '2023-11-30');";
    assert.deepEqual(found(sql), ['1993-05-17', '1961-10-08']);
  });

  it('takes it in an e-mail', () => {
    const mail = 'Subject: Updated details\n\nHi,\nfor the verification call: my date of birth is 16 March 1985.\n\nThanks, Sam';
    assert.deepEqual(found(mail), ['16 March 1985']);
  });
});

describe('date_of_birth detector: dates that are no birth dates', () => {
  it('takes no date without a birth word', () => {
    for (const text of [
      'Invoice date: 15/03/2024, due 14/04/2024.',
      'Release 2.4.1 shipped on 2024-05-02; the next is planned for 3 June 2024.',
      'Order 19840315 placed 12.03.2023 and delivered 15.03.2023.',
      'Version 1.15.03.1984 of the firmware',
      'Vertrag vom 1. März 1999, gekündigt am 30.06.2020',
    ]) assert.deepEqual(found(text), [], text);
  });

  it('takes no year alone, no impossible or future date, and no date cut off', () => {
    assert.deepEqual(found('She was born in 1984 in Porto.'), []);
    assert.deepEqual(found('born 31/02/1990'), []);
    assert.deepEqual(found('date of birth: 2150-01-01'), []);
    assert.deepEqual(found('date of birth: 1850-01-01'), []);
    assert.deepEqual(found('dob=1984-03-155'), []);
  });

  it('does not reach past the label into another field or sentence', () => {
    assert.deepEqual(found('{"dob": null, "created_at": "2023-04-01"}'), []);
    assert.deepEqual(found('The DOB field is required. Created 2024-01-05 by admin.'), []);
    assert.deepEqual(found('name,dob,signup\nAna,,2023-02-02\n'), []);
    assert.deepEqual(found('dob=&since=2021-07-01'), []);
    assert.deepEqual(found('Adobe released version 2021-01-01 today.'), []);
  });

  it('does not read a company or product birth as a person, nor look-alike words', () => {
    assert.deepEqual(found('Our company was born on 12 May 2011 in a garage.'), []);
    assert.deepEqual(found('Le projet est né le 3 mai 2010 à Lille.'), []);
    assert.deepEqual(found('nascent markets report, 02/03/2024'), []);
    assert.deepEqual(found('Vertice NATO a Vilnius il 11/07/2023'), []);
  });

  it('keeps a birthday in the last year uncertain, an older one a finding', () => {
    const recent = new Date(Date.now() - 20 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    assert.deepEqual(found(`My birthday party was on ${recent}, thanks!`), []);
    assert.deepEqual(uncertainValues(dateOfBirthDetector, `My birthday party was on ${recent}, thanks!`), [recent]);
    assert.deepEqual(found('Birthday: October 21st, 1990'), ['October 21st, 1990']);
  });
});

describe('date_of_birth detector: parts', () => {
  it('reads each written form as the right day, month and year', () => {
    const now = new Date(Date.UTC(2026, 0, 1));
    const cases = [
      ['03/15/1984', [1984, 3, 15]],
      ['15/03/1984', [1984, 3, 15]],
      ['05/04/1984', [1984, 4, 5]],
      ['14-Mar-85', [1985, 3, 14]],
      ['15 de março de 1984', [1984, 3, 15]],
      ['15. März 1984', [1984, 3, 15]],
      ['Nov 5th, 1977', [1977, 11, 5]],
      ['15+March+1984', [1984, 3, 15]],
      ['2 settembre 1984', [1984, 9, 2]],
      ['2 juil. 1999', [1999, 7, 2]],
    ] as const;
    for (const [text, parts] of cases) {
      const date = findDate(text, 0, text.length, now);
      assert.deepEqual(date && [date.year, date.month, date.day], parts, text);
      assert.equal(date && text.slice(date.start, date.end), text, text);
    }
  });

  it('has a pre-check that matches inside every birth word it stands for', () => {
    for (const word of ['Date of birth', 'DOB', 'd.o.b.', 'born', 'Birthday', 'Geburtsdatum', 'geb.', 'geboren', 'Geburtstag', 'né le', 'née le', 'Né(e) le', 'date de naissance', 'anniversaire', 'fecha de nacimiento', 'nacido el', 'F. nac.', 'cumpleaños', 'geboortedatum', 'verjaardag', 'data di nascita', 'nato il', 'Nato/a il', 'compleanno', 'data de nascimento', 'nascida em', 'aniversário']) {
      const exact = BIRTH_WORD.exec(word);
      assert.ok(exact, word);
      const gate = BIRTH_GATE.exec(word);
      assert.ok(gate && gate.index >= exact.index && gate.index < exact.index + exact[0].length, word);
    }
  });

  it('is registered and redactable through the classifier', () => {
    const classifier = createClassifier({ detectors: ['date_of_birth'] });
    const spans = classifier.scanText('Geburtsdatum: 07.11.1962');
    assert.deepEqual(spans.map((span) => span.type), ['date_of_birth']);
  });
});
