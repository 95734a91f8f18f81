import { endingWith } from './text-endings.js';

/*
 * Words that say a date is someone's birth date, in the seven languages, as labels, keys and
 * phrases: "date of birth", "DOB", "born on", "Geburtsdatum", "geb.", "né le", "date de
 * naissance", "fecha de nacimiento", "F. nac.", "geboortedatum", "data di nascita", "nato il",
 * "data de nascimento", "nascido em"; inside identifiers too ("birth_date", "dataNascita").
 */

/** Any birth word (case-insensitive): the detector confirms each candidate with it. */
export const BIRTH_WORD = new RegExp(
  [
    String.raw`(?<![a-z])d\.?o\.?b(?![a-z])`,
    'birth',
    'born',
    String.raw`geb(?:urt|oren|\.|_?dat)`,
    'geboort',
    'naiss',
    String.raw`n[ée]e? le`,
    String.raw`n[ée]\(e\) le`,
    'nacim',
    'nacid',
    String.raw`(?<![a-z])nac(?![a-z])`,
    String.raw`nasc(?:i|[^a-z]|$)`,
    String.raw`(?<![a-z])nat[oa](?:/a|\(a\))? (?:il|a|ad|in)(?![a-z])`,
    'cumpleaños',
    'complean',
    'anniversaire',
    'anivers[aá]rio',
    'verjaardag',
    'geburtstag',
  ].join('|'),
  'i',
);

/**
 * A cheap superset of BIRTH_WORD, the pre-check and candidate scan: each branch starts with one of
 * few letters and checks the text after it first (a lookbehind at the front of a branch would run
 * at every position). A match lies inside the word it stands for.
 */
export const BIRTH_GATE = new RegExp(
  [
    String.raw`b(?:irth|orn|urt(?<=geburt)|oren(?<=geboren)|oort(?<=geboort)|(?:\.|_?dat)(?<=geb(?:\.|_?dat))|(?![a-z])(?<=(?<![a-z])d\.?o\.?b))`,
    String.raw`n(?:a(?:iss|ci[dm]|sc|c(?![a-z])(?<=(?<![a-z])nac)|t[oa](?:/a|\(a\))? (?:il|a|ad|in)(?![a-z])(?<=(?<![a-z])nat.{3,8}))|[ée](?:e|\(e\))? le|niv(?<=anniv)|iv[eé]rs(?<=aniv[eé]rs)|no(?<=complean+o))`,
    String.raw`ños(?<=cumpleaños)`,
    String.raw`jaardag(?<=verjaardag)`,
  ].join('|'),
  'i',
);

/** Birthday words: the date may be this year's party rather than the birth date. */
export const BIRTHDAY_WORD = /^(?:birthday|cumplea|complean|anniversaire|anivers|verjaardag|geburtstag)/i;

/** Birth words that may follow the date, as German and Dutch put the verb last. */
export const VERB_LAST = /^geboren(?![a-z])/i;

/** Words just before a birth word that make it no label for a person's date ("company born"). */
export const NOT_A_PERSON_BEFORE = endingWith(String.raw`(?:company|startup|firm|project|product|brand|idea|business|unternehmen|firma|entreprise|empresa|bedrijf|azienda|société|projekt|projet|proyecto|progetto|projeto)\s+(?:was\s+|wurde\s+|est\s+|fue\s+|werd\s+|è\s+|foi\s+)?`, 'i');
