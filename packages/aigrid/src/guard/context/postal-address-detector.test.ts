import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { uncertainValues, valuesFound } from '../../../test/support/guard/detector-harness.js';
import { measureText } from '../text-features.js';
import { normalizeForScan } from '../text-normalization.js';
import { postalAddressDetector } from './postal-address-detector.js';

// Detectors see normalised text (NFKC writes º as o); expected values are normalised the same way.
const norm = (text: string) => normalizeForScan(text).text;
const found = (text: string) => valuesFound(postalAddressDetector, norm(text));
const expectFound = (text: string, values: readonly string[]) => assert.deepEqual(found(text), values.map(norm), text);

describe('postal_address detector: street, number and locality in seven languages', () => {
  it('takes the street line with its postcode and town, in each country order', () => {
    const cases = [
      ['Please send the parcel to 48 Larchwood Road, Bristol BS7 2QT by Friday.', '48 Larchwood Road, Bristol BS7 2QT'],
      ['Billing: 905 Juniper Avenue, Fresno, CA 93721', '905 Juniper Avenue, Fresno, CA 93721'],
      ['Ich bin umgezogen: Lindenweg 14b, 79098 Freiburg.', 'Lindenweg 14b, 79098 Freiburg'],
      ['Neue Adresse Rosentaler Straße 5, 10119 Berlin', 'Rosentaler Straße 5, 10119 Berlin'],
      ['Vous pouvez écrire au 7 bis rue des Glycines, 31000 Toulouse.', '7 bis rue des Glycines, 31000 Toulouse'],
      ['Vivo en Calle del Olivo 22, 3º B, 41002 Sevilla desde mayo.', 'Calle del Olivo 22, 3º B, 41002 Sevilla'],
      ['Woonadres: Eikenlaan 9, 3581 KJ Utrecht', 'Eikenlaan 9, 3581 KJ Utrecht'],
      ['Abito in Via dei Tigli 18/B, 50123 Firenze (FI).', 'Via dei Tigli 18/B, 50123 Firenze (FI)'],
      ['Morada: Rua do Carmo 41, 2.º Esq., 1200-093 Lisboa', 'Rua do Carmo 41, 2.º Esq., 1200-093 Lisboa'],
      ['Envío a Carrer de la Pau 6, 08002 Barcelona', 'Carrer de la Pau 6, 08002 Barcelona'],
    ] as const;
    for (const [text, address] of cases) expectFound(text, [address]);
  });

  it('joins an envelope block over lines, with the flat before the number', () => {
    const letter = 'Ship to:\nFlat 3, 27 Quarry Lane\nLeeds LS6 2AB\nThanks';
    assert.deepEqual(found(letter), ['Flat 3, 27 Quarry Lane\nLeeds LS6 2AB']);
    assert.deepEqual(found('Adresse :\n2e étage, 15 avenue des Pins\n13008 MARSEILLE'), ['2e étage, 15 avenue des Pins\n13008 MARSEILLE']);
    assert.deepEqual(found('const user = { address: "Birkenweg 3\\n04109 Leipzig" };'), ['Birkenweg 3\\n04109 Leipzig']);
  });

  it('takes a one-line field by its key, in JSON, CSV, SQL and HTML forms', () => {
    expectFound('{"address_line1": "Avenida del Mar, 31, 2º A", "city": "Cádiz"}', ['Avenida del Mar, 31, 2º A']);
    assert.deepEqual(found('street: "Molenstraat 12 hs"'), ['Molenstraat 12 hs']);
    assert.deepEqual(found('<tr><th>Indirizzo</th><td>Piazza Duomo 3</td></tr>'), ['Piazza Duomo 3']);
    // No key, but the next column of the record is a postcode.
    assert.deepEqual(found('K102,Rua das Flores 87,4050-262,Porto'), ['Rua das Flores 87']);
    assert.deepEqual(found("INSERT INTO t VALUES (7, 'Tannenweg 5', 01069, 'Dresden');"), ['Tannenweg 5']);
  });

  it('finds Indian addresses at their PIN', () => {
    assert.deepEqual(found('My new address is H.No. 12, Temple Road, Mysuru 570001.'), ['H.No. 12, Temple Road, Mysuru 570001']);
    assert.deepEqual(found('C-44, Sector 21, Gurugram 122016'), ['C-44, Sector 21, Gurugram 122016']);
    // Six digits inside a longer number, a decimal or a range are no PIN.
    for (const text of ['H.No. 12, Temple Road, Mysuru 5700012', 'H.No. 12, Temple Road, Mysuru 0.570001', 'H.No. 12, Temple Road, Mysuru 570001.5', 'H.No. 12, Temple Road, Mysuru -570001', 'H.No. 12, Temple Road, Mysuru 070001']) {
      assert.deepEqual(found(text), [], text);
    }
    const text = 'Ship to Flat 3, Lake Road, Pune 411001 please';
    assert.equal(postalAddressDetector.mayMatch(norm(text), measureText(norm(text))), true);
    assert.deepEqual(found(text), ['Flat 3, Lake Road, Pune 411001']);
  });

  it('leaves a bare street and number uncertain', () => {
    const text = 'Meet me near 12 Orchard Street tomorrow.';
    assert.deepEqual(found(text), []);
    assert.deepEqual(uncertainValues(postalAddressDetector, text), ['12 Orchard Street']);
  });

  it('lowers a business address', () => {
    assert.deepEqual(found('Our office is at 200 Harbour Road, Bristol BS1 5TT.'), []);
    assert.deepEqual(found('A UK address format: 9 Elm Close, Derby DE1 2AB, for instance.'), []);
  });
});

describe('postal_address detector: ordinary text', () => {
  it('finds nothing in prose, versions, products and code', () => {
    const negatives = [
      'Main Street was busy, so we walked down to the river.',
      'Upgrade to version 12.4.1 before the 3 Road Warriors demo.',
      'We drove Route 66 for 2400 miles in 2019.',
      'The Galaxy S24 Ultra costs 1299 euros.',
      'for (let i = 0; i < 10; i++) sum += values[i];',
      'Am Montag 3 Termine, im Jahr 2024 dann mehr.',
      'Il prezzo è 12,50 € per 3 kg.',
      'Order 482913 shipped in 3 boxes.',
      'Please investigate 5 tickets and delegate 2 of them.',
      'The meeting is in Room 12, Building 4.',
    ];
    for (const text of negatives) assert.deepEqual(found(text), [], text);
  });

  it('has a cheap gate that is false on text without streets or PINs', () => {
    assert.equal(postalAddressDetector.mayMatch('plain words only, nothing else here', {} as never), false);
  });
});
