import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { spansFound, uncertainValues, valuesFound } from '../../../test/support/guard/detector-harness.js';
import { personNameDetector } from './person-name-detector.js';

/** Whether the findings cover every letter of `name` (the detector may emit overlapping spans). */
function covered(text: string, name: string): boolean {
  const at = text.indexOf(name);
  assert.ok(at >= 0, `test text holds ${name}`);
  const spans = spansFound(personNameDetector, text);
  for (let index = at; index < at + name.length; index++) {
    if (!/\p{L}/u.test(text[index])) continue;
    if (!spans.some((span) => span.start <= index && span.end > index)) return false;
  }
  return true;
}

const assertCovered = (cases: ReadonlyArray<readonly [string, string]>) => {
  for (const [text, name] of cases) assert.ok(covered(text, name), `${name} in ${JSON.stringify(text)}: ${JSON.stringify(valuesFound(personNameDetector, text))}`);
};

describe('person_name detector: context in seven languages', () => {
  it('takes names after salutations, also names no gazetteer knows', () => {
    assertCovered([
      ['Dear Ottoline Brackwater,\n\nthank you for your letter.', 'Ottoline Brackwater'],
      ['Hi Zorawar,\nthe build is green again.', 'Zorawar'],
      ['Sehr geehrter Herr Quendt,\n\nanbei die Unterlagen.', 'Quendt'],
      ['Guten Morgen Wiebke,\n\nkurze Frage zum Vertrag.', 'Wiebke'],
      ['Bonjour Madame Aurore Vasseur-Lenoir,\n\nje reviens vers vous.', 'Aurore Vasseur-Lenoir'],
      ['Estimada Sra. Itziar Goikoetxea:\n\nle escribo por la factura.', 'Itziar Goikoetxea'],
      ['Egregio avv. Corrado Tessarin,\nle scrivo per il contratto.', 'Corrado Tessarin'],
      ['Cara dott.ssa Ilaria Pennacchi,\ngrazie.', 'Ilaria Pennacchi'],
      ['Beste Femke,\n\nhierbij de offerte.', 'Femke'],
      ['Gentile Dott.ssa Ornella Quaglia,\n\nle invio il preventivo.', 'Ornella Quaglia'],
      ['Bom dia Iolanda,\n\nsegue em anexo a fatura.', 'Iolanda'],
      ['Hello Ximena Obradović,\n\nquick question about the quote.', 'Ximena Obradović'],
    ]);
  });

  it('takes the name under a sign-off, in either order and in capitals', () => {
    assertCovered([
      ['Thanks for the help.\n\nKind regards,\nTamsin Overholt\n', 'Tamsin Overholt'],
      ['Bis bald.\n\nMit freundlichen Grüßen\nGRUBEROVÁ, Ludmila\n', 'GRUBEROVÁ, Ludmila'],
      ['Merci.\n\nBien cordialement,\nLe Floch, Gwendal\n', 'Le Floch, Gwendal'],
      ['Gracias.\n\nSaludos cordiales,\nAinhoa\n', 'Ainhoa'],
      ['Dank je.\n\nMet vriendelijke groet,\nJ. Wijnbergen\n', 'J. Wijnbergen'],
      ['Grazie.\n\nCordiali saluti,\nGiacomo Dalla Torre\n', 'Giacomo Dalla Torre'],
      ['Obrigado.\n\nCumprimentos,\nRui Tavares da Costa\n', 'Rui Tavares da Costa'],
      ['See you.\n\nBest regards,\nCormac McAllister\n', 'Cormac McAllister'],
    ]);
  });

  it('takes self-introductions', () => {
    assertCovered([
      ['My name is Ishbel Carrick and I need a new invoice.', 'Ishbel Carrick'],
      ['Ich heiße Volkmar Esterházy und habe eine Frage.', 'Volkmar Esterházy'],
      ["Je m'appelle Solène Marchetti, cliente depuis 2019.", 'Solène Marchetti'],
      ['Me llamo Iturbe, Begoña. Tengo una duda.', 'Iturbe, Begoña'],
      ['Mijn naam is Wessel Oudkerk.', 'Wessel Oudkerk'],
      ['Mi chiamo Ottavio Brambilla e scrivo per il rimborso.', 'Ottavio Brambilla'],
      ['Chamo-me Gonçalo Barreira. Preciso de ajuda.', 'Gonçalo Barreira'],
      ['Customer: Hi, Radomir Kostic here.', 'Radomir Kostic'],
      ['Klant: Ik ben Sjoerd Haverkamp van de inkoop.', 'Sjoerd Haverkamp'],
    ]);
  });

  it('takes a gazetteer given name with a surname anywhere in a sentence', () => {
    assertCovered([
      ['Please forward the contract to Michael Brenninkmeyer before Friday.', 'Michael Brenninkmeyer'],
      ['Gestern hat Katharina Oberländer angerufen.', 'Katharina Oberländer'],
    ]);
  });
});

describe('person_name detector: fields and tables', () => {
  it('takes the values of name fields in key-value, JSON, code, HTML, logs and URLs', () => {
    assertCovered([
      ['Full name: Thorvald Eskildsen\nPlan: Business', 'Thorvald Eskildsen'],
      ['Name: Eskildsen, Thorvald\nPlan: Business', 'Eskildsen, Thorvald'],
      ['Nachname: PFLÜGER\nVorname: Ansgar', 'PFLÜGER'],
      ['{"full_name": "Quilla Naranjo", "tier": "gold"}', 'Quilla Naranjo'],
      ["const sample = { contactName: 'Ebba Lindqvist-Holm' };", 'Ebba Lindqvist-Holm'],
      ['<tr><th>Titular</th><td>Remedios CARRASCAL OTERO</td></tr>', 'Remedios CARRASCAL OTERO'],
      ['<p><strong>Cliente:</strong> Brunetti, Ilaria</p>', 'Brunetti, Ilaria'],
      ['<input name="holder_name" value="Tiago Brás Monteiro">', 'Tiago Brás Monteiro'],
      ['WARN payment failed holder_name=Edvard Solheim amount=12', 'Edvard Solheim'],
      ['GET /api?ref=9&customerName=Lorcan+Fitzgerald&x=1', 'Lorcan+Fitzgerald'],
      ['Roepnaam | Jelte\nAchternaam | Brouwers', 'Jelte'],
    ]);
  });

  it('takes the name columns of CSV, TSV, Markdown and SQL tables', () => {
    assertCovered([
      ['id;Vorname;Nachname;Ort\n7;Hartmut;Zeilinger;Kassel', 'Zeilinger'],
      ['ref,Employee,Country\n31,"Okafor, Chidinma",NG', 'Okafor, Chidinma'],
      ['ID\tAccount holder\tTown\nA-1\tWINTERBOTTOM, Hugh\tYork', 'WINTERBOTTOM, Hugh'],
      ['| Ref | Cliente | País |\n|---|---|---|\n| 55 | Anselmo Figueira | PT |', 'Anselmo Figueira'],
      ["INSERT INTO staff (given_name, family_name) VALUES\n  ('Maelle', 'Kerbrat'),\n  ('Yannick', 'Le Bihan');", 'Le Bihan'],
    ]);
  });

  it('takes the author of a chat export line', () => {
    assertCovered([['#support\nPetronella Aaltink  09:41\nthe export fails again', 'Petronella Aaltink']]);
  });
});

// The cheap pre-checks (field key endings, the time of an author line, sign-off and e-mail
// look-ups by char code) must keep the forms they only pre-filter.
describe('person_name detector: forms behind the pre-checks', () => {
  it('keeps gendered keys, one-digit author times, spaced sign-offs and spaced e-mail brackets', () => {
    assertCovered([
      ['Mitarbeiter/in: Ilse Vanderbroek', 'Ilse Vanderbroek'],
      ['#ops\nOrsolya Brezina\t\t7:05 pm\nthe job is stuck', 'Orsolya Brezina'],
      ['Gez.\nJoris Wellekens', 'Joris Wellekens'],
      ['Cheers!  \n  Maelle Quintard', 'Maelle Quintard'],
      ['Write to Agnieszka Wróblewska   <aga.w@example.org> today.', 'Agnieszka Wróblewska'],
    ]);
  });

  it('takes no time without two blanks before it as an author line', () => {
    assert.deepEqual(spansFound(personNameDetector, 'Lunch at 12:30\nand then'), []);
    assert.deepEqual(spansFound(personNameDetector, 'Rotterdam 114:02\nnothing'), []);
  });
});

describe('person_name detector: scores', () => {
  it('scores strong context as a finding and a lone unknown word as uncertain at most', () => {
    const strong = spansFound(personNameDetector, 'Dear Ottoline Brackwater,');
    assert.ok(strong.every((span) => (span.score ?? 1) >= 0.5) && strong.length > 0);
    // A bare "name" field may hold a product: unknown words in it stay uncertain.
    assert.deepEqual(valuesFound(personNameDetector, 'name: Zephyr Quorn'), []);
    assert.ok(uncertainValues(personNameDetector, 'name: Zephyr Quorn').includes('Zephyr Quorn'));
  });
});

describe('person_name detector: ordinary text', () => {
  it('flags no capitalised business words, products, places, headings, months or weekdays', () => {
    const texts = [
      'The Quarterly Report for March is attached; Finance reviews it on Monday.',
      'Our Rotterdam warehouse moves to the Waalhaven district in September.',
      'Release Notes: Dark Mode, Faster Search and a new Export Wizard.',
      'Kind regards,\nThe Billing Team',
      'Mit freundlichen Grüßen\nIhre Buchhaltung\nNordwind Logistik GmbH',
      'Atentamente,\nSu equipo de Atención al Cliente',
      'Cordialement,\nService Client',
      'Met vriendelijke groet,\nKlantenservice',
      'Distinti saluti,\nUfficio Acquisti',
      'Com os melhores cumprimentos,\nDepartamento Comercial',
      'Dear Customer,\n\nyour parcel is on its way.',
      'Sehr geehrte Damen und Herren,\n\nanbei das Angebot.',
      'Chapter Two: Getting Started With Terraform',
      'Ships from: Denver, CO\nStatus: open',
      "INSERT INTO products (sku, name, price) VALUES ('MUG-01', 'Blue Ceramic Mug', 9.5);",
      'Paris, Lyon y Marsella son nuestros mercados principales.',
      'Vendredi et samedi, la boutique de Lyon ferme à 18 h.',
      '[10:02] Kunde: Gilt das Angebot auch für Firmenkunden?',
      'Sales Dashboard v2 is live in Production since Tuesday.',
      'name: Garden Chair\ncolour: green',
    ];
    for (const text of texts) assert.deepEqual(valuesFound(personNameDetector, text), [], text);
  });
});
