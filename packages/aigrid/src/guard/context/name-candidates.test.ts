import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ORDINARY_PROMPTS } from '../../../test/support/guard/ordinary-prompts.js';
import { PII_GENERATORS } from '../../../test/support/guard/pii-generators.js';
import { seededRandom } from '../../../test/support/guard/seeded-random.js';
import { LOWER, UPPER } from './latin-letters.js';
import { CANDIDATE, INITIAL } from './name-candidates.js';
import { PARTICLE_WORDS, PARTICLES } from './name-runs.js';

// The candidate regex as it was written before it was tuned: the tuned one must start its
// matches at the same positions (forEachCandidate uses nothing else of a match).
const SINGLE_BEFORE = `[:=>][ \\t]*["'\`“]?|, |[,.!a-zß-ÿ][ \\t]*\\n[ \\t]*| é |\\.ra |\\.ssa |ª |\\b(?:${PARTICLES}|is|ist|es|est|heiße|heisse|heet|appelle|llamo|chiamo|chamo|am|bin|suis|soy|sono|ben|sou|heer|mevrouw|meneer|herr|frau|señor|señora|senhor|senhora|signor|signora|monsieur|madame) `;
const REFERENCE = new RegExp(
  `[${INITIAL}](?:[${LOWER}](?:[${LOWER}'’-]*(?:\\.? |[,;|\\t] ?|"[,;]")(?=[${UPPER}])|[${LOWER}'’-]*(?=[ \\t]*(?:[,!:]|\\r?\\n))|(?<=[:=>"'\`“ \t\n][${INITIAL}][${LOWER}])(?<=(?:${SINGLE_BEFORE})[${INITIAL}][${LOWER}]))|\\. (?=[${UPPER}])|[${UPPER}]+(?:-[${UPPER}]+)*,? (?=[${UPPER}][${LOWER}]))`,
);

const PIECES = [' ', '\t', '\n', '\r', ',', ';', '|', '"', "'", '`', '“', '’', ':', '=', '>', '.', '-', '!', 'ª', 'é', 'a', 'r', 's', 'A', 'B', 'É', 'Ł',
  'Ā', 'ā', 'ž', 'Ž', 'ÿ', 'Þ', '×', 'ß', 'ñ', 'Ș', 'ș', '7', '_', 'is', 'de', 'la', 'van', 'señor', 'heiße', 'e', 'y', 'ra', 'ssa', 'İ', 'ben', 'madame'];

function assertSameStarts(text: string): void {
  for (let from = 0; from <= text.length; from++) {
    const slice = text.slice(from);
    const expected = REFERENCE.exec(slice)?.index ?? -1;
    assert.equal(CANDIDATE.exec(slice)?.index ?? -1, expected, `${JSON.stringify(text)} from ${from}`);
  }
}

describe('name candidates', () => {
  it('start where the reference regex starts, on prompts, PII snippets and random pieces', () => {
    const random = seededRandom(3);
    for (const prompt of ORDINARY_PROMPTS.slice(0, 300)) assertSameStarts(prompt);
    for (const generate of Object.values(PII_GENERATORS)) for (let index = 0; index < 5; index++) assertSameStarts(`Hi ${generate(random).snippet}, x`);
    for (let index = 0; index < 3000; index++) {
      let text = '';
      for (let piece = random.int(2, 14); piece > 0; piece--) text += random.pick(PIECES);
      assertSameStarts(text);
    }
  });

  it('spells out every particle', () => {
    const particle = new RegExp(`^(?:${PARTICLES})$`);
    for (const word of PARTICLE_WORDS) assert.ok(particle.test(word), word);
    // And no other word: every string of the pattern's letters, up to the longest particle.
    const letters = [...new Set(PARTICLES.replace(/[^a-z]/g, ''))];
    let words = [''];
    for (let length = 1; length <= 5; length++) {
      words = words.flatMap((word) => letters.map((letter) => word + letter));
      for (const word of words) if (particle.test(word)) assert.ok(PARTICLE_WORDS.has(word), word);
    }
  });
});
