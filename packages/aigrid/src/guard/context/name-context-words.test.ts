import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ROLE_PHRASE_BEFORE,
  ROLE_PHRASE_LAST,
  SIGN_OFF_BEFORE,
  SIGN_OFF_TAILS,
  STRONG_INTRODUCTION,
  STRONG_INTRODUCTION_LAST,
  TITLE_BEFORE,
  TITLE_BEFORE_LAST,
  WEAK_INTRODUCTION,
  WEAK_INTRODUCTION_LAST,
} from './name-context-words.js';

/** One sample per alternative of a phrase regex, its syntax dropped ("mr\.?" → "mr.", "saludos?" → "saludos", "[ée]" → "é"). */
function samples(regex: RegExp): string[] {
  const body = regex.source.replace(/^\$\(\?<=\(\?:/, '').split(/\)\[ \\t\]/)[0];
  return body.split('|').map((alternative) =>
    alternative.replace(/\\b|\(\?:|[()]/g, '').replace(/\\s\?/g, ' ').replace(/\\(.)/g, '$1').replace(/\[([^\]])[^\]]*\]/g, '$1').replace(/\?/g, ''),
  ).filter((sample) => sample !== '');
}

describe('name context words', () => {
  it('list the last character of every phrase, for the checks before the regexes', () => {
    const cases: Array<[RegExp, ReadonlySet<number>, string]> = [
      [STRONG_INTRODUCTION, STRONG_INTRODUCTION_LAST, ''],
      [WEAK_INTRODUCTION, WEAK_INTRODUCTION_LAST, ''],
      [TITLE_BEFORE, TITLE_BEFORE_LAST, ' '],
      [ROLE_PHRASE_BEFORE, ROLE_PHRASE_LAST, ''],
    ];
    for (const [regex, last, after] of cases) {
      const phrases = samples(regex);
      assert.ok(phrases.length > 10, regex.source);
      for (const phrase of phrases) {
        if (!regex.test(`x ${phrase}${after}`)) continue;
        assert.ok(last.has(phrase.charCodeAt(phrase.length - 1)), `${phrase} in ${regex.source.slice(0, 40)}`);
        assert.ok(last.has(phrase.toUpperCase().charCodeAt(phrase.length - 1)) || !regex.flags.includes('i'), phrase);
      }
    }
  });

  it('lists the tails of every sign-off', () => {
    for (const phrase of samples(SIGN_OFF_BEFORE)) {
      assert.ok(SIGN_OFF_BEFORE.test(`x ${phrase},\n`), phrase);
      assert.ok(SIGN_OFF_TAILS.has(phrase.slice(-3)), phrase);
    }
  });
});
