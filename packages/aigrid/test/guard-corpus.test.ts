import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createPrivateKey } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';
import { crc32 } from 'node:zlib';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { buildGuardCorpus, type CorpusPrompt } from '../bench/guard-corpus/corpus-builder.js';
import { FORMATS, LABEL_TYPES, LANGUAGES, minimumCount } from '../bench/guard-corpus/label-types.js';

/*
 * Checks the held-out guard corpus itself: sizes and spread, label hygiene, determinism, and that
 * every labelled value is valid for its type. The validators below are written from the public
 * specifications independently of the generator's own check-digit code.
 */

const started = performance.now();
const corpus = buildGuardCorpus();
const buildMs = performance.now() - started;

// ---- decoding a value as written back to the value itself -------------------------------------

function decode(type: string, raw: string, format: string): string {
  let s = raw;
  if (/%[0-9A-Fa-f]{2}/.test(s) || format === 'url-query' || format === 'log-plain') {
    if (type === 'phone') s = s.replace(/(?<=\d)\+(?=\d)/g, ' ');
    else if (type !== 'email' && type !== 'api_key' && type !== 'secret' && type !== 'jwt') s = s.replace(/\+/g, ' ');
    try {
      s = decodeURIComponent(s);
    } catch {
      // not percent-encoded after all
    }
  }
  s = s
    .replace(/'\\''/g, "'")
    .replace(/\\n/g, '\n')
    .replace(/\\"/g, '"')
    .replace(/\\'/g, "'")
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/''/g, "'")
    .replace(/<br>\n?/g, '\n')
    .replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
    .replace(/\n[ \t]+/g, '\n');
  return s.normalize('NFKC').replace(/[\u00a0\u202f\u2009]/g, ' ');
}

// ---- validators ---------------------------------------------------------------------------------

function luhnValid(digits: string): boolean {
  let sum = 0;
  [...digits].reverse().forEach((char, i) => {
    const d = Number(char) * (i % 2 === 1 ? 2 : 1);
    sum += d > 9 ? d - 9 : d;
  });
  return sum % 10 === 0;
}

function cardBrandFits(d: string): boolean {
  const n = (len: number) => Number(d.slice(0, len));
  const len = d.length;
  if (d.startsWith('4')) return [13, 16, 19].includes(len);
  if ((n(2) >= 51 && n(2) <= 55) || (n(4) >= 2221 && n(4) <= 2720)) return len === 16;
  if (d.startsWith('34') || d.startsWith('37')) return len === 15;
  if (d.startsWith('6011') || d.startsWith('65') || (n(3) >= 644 && n(3) <= 649)) return len >= 16 && len <= 19;
  if (n(4) >= 3528 && n(4) <= 3589) return len >= 16 && len <= 19;
  if (d.startsWith('36') || d.startsWith('38') || (n(3) >= 300 && n(3) <= 305)) return len >= 14 && len <= 19;
  if (d.startsWith('62')) return len >= 16 && len <= 19;
  return false;
}

const IBAN_LENGTHS: Record<string, number> = { DE: 22, AT: 20, CH: 21, FR: 27, BE: 16, ES: 24, NL: 18, IT: 27, PT: 25, GB: 22, IE: 22, LU: 20 };

function ibanValid(value: string): boolean {
  const iban = value.replace(/[\s-]/g, '').toUpperCase();
  if (IBAN_LENGTHS[iban.slice(0, 2)] !== iban.length || !/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false;
  const rearranged = (iban.slice(4) + iban.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  return BigInt(rearranged) % 97n === 1n;
}

// Verhoeff from the dihedral group D5 rather than from copied tables.
const d5 = (j: number, k: number) => (j < 5 ? (k < 5 ? (j + k) % 5 : 5 + ((j + k) % 5)) : k < 5 ? 5 + ((j - k + 5) % 5) : (j - k + 5) % 5);
const P1 = [1, 5, 7, 6, 2, 8, 3, 0, 9, 4];
const permute = (times: number, x: number) => {
  let out = x;
  for (let i = 0; i < times; i++) out = P1[out];
  return out;
};

function verhoeffValid(digits: string): boolean {
  let c = 0;
  [...digits].reverse().forEach((char, i) => {
    c = d5(c, permute(i % 8, Number(char)));
  });
  return c === 0;
}

const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

function fiscalCodeValid(value: string): boolean {
  const cf = value.toUpperCase();
  if (!/^[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]$/.test(cf)) return false;
  const day = Number(cf.slice(9, 11));
  if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) return false;
  const index = (c: string) => (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 65);
  let sum = 0;
  for (let i = 0; i < 15; i++) sum += i % 2 === 0 ? CF_ODD[index(cf[i])] : index(cf[i]);
  return String.fromCharCode(65 + (sum % 26)) === cf[15];
}

function steuerIdValid(value: string): boolean {
  const id = value.replace(/[\s/]/g, '');
  if (!/^[1-9]\d{10}$/.test(id)) return false;
  const counts = new Map<string, number>();
  for (const c of id.slice(0, 10)) counts.set(c, (counts.get(c) ?? 0) + 1);
  const repeated = [...counts.entries()].filter(([, n]) => n > 1);
  if (repeated.length !== 1 || repeated[0][1] > 3) return false;
  if (repeated[0][1] === 3 && id.slice(0, 10).includes(repeated[0][0].repeat(3))) return false;
  let product = 10;
  for (const c of id.slice(0, 10)) {
    const sum = (Number(c) + product) % 10 || 10;
    product = (2 * sum) % 11;
  }
  return (11 - product) % 10 === Number(id[10]);
}

const weighted = (digits: string, from: number) => [...digits].reduce((sum, c, i) => sum + Number(c) * (from - i), 0);

const MONTH_WORDS = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mär|mai|okt|dez|janv|févr|avr|juil|août|déc|ene|abr|ago|dic|maart|mei|okt|gen|mag|giu|lug|set|ott|fev|out|dez/i;

function dobValid(value: string): boolean {
  const year = Number(value.match(/(19|20)\d{2}/)?.[0]);
  if (!(year >= 1920 && year <= 2010)) return false;
  const numeric = value.match(/^(\d{1,2})[./-](\d{1,2})[./-]\d{4}$/);
  if (numeric) return Number(numeric[1]) <= 31 && Number(numeric[2]) <= 31 && (Number(numeric[1]) <= 12 || Number(numeric[2]) <= 12);
  const iso = value.match(/^\d{4}-(\d{2})-(\d{2})$/);
  if (iso) return Number(iso[1]) >= 1 && Number(iso[1]) <= 12 && Number(iso[2]) >= 1 && Number(iso[2]) <= 31;
  return MONTH_WORDS.test(value) && /\d{1,2}/.test(value.replace(/(19|20)\d{2}/, ''));
}

const DOCUMENT_PATTERNS = [
  /^\d{7,12}$/, /^[A-Z]\d{7,8}$/, /^[A-Z]\d{12}$/, /^[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}$/, /^[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}$/,
  /^[A-Z]\d{3}[A-Z0-9]{6}\d$/, /^\d{2}[A-Z]{2}\d{5}$/, /^[A-Z0-9]{8}\d$/, /^[A-Z]{2}\d{6}$/, /^[A-Z]{3}\d{6,7}$/, /^[A-NP-Z]{2}[A-NP-Z0-9]{6}\d$/,
  /^[A-Z]{2}\d{7}$/, /^C[A-H]\d{5}[A-Z]{2}$/, /^[A-Z][A-Z0-9]\d{7}[A-Z]$/, /^[A-Z]{1,2}\d{6}$/, /^[A-Z]-\d{6} \d$/, /^[A-Z]{2}\d{2} \d{11}$/,
];
const DOCUMENT_CONTEXT = /pass|ausweis|führerschein|permis|carte|cni|pasaporte|documento|permiso|carné|paspoort|id-kaart|identiteit|rijbewijs|passaporto|carta|patente|passaporte|\bbi\b|condução|licen|id[\s_-]?(?:card|number|no\b)|voter|dl|identi|document/i;

function entropy(text: string): number {
  const counts = new Map<string, number>();
  for (const c of text) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts.values()].reduce((h, n) => h - (n / text.length) * Math.log2(n / text.length), 0);
}

const PHONE_COUNTRIES: Record<string, CountryCode[]> = { en: ['GB', 'US', 'IN'], de: ['DE', 'AT', 'CH'], fr: ['FR', 'BE'], es: ['ES'], nl: ['NL', 'BE'], it: ['IT'], pt: ['PT'] };

function phoneValid(value: string, language: string): boolean {
  const s = value.replace('(0)', '').replace(/^00/, '+').trim();
  return PHONE_COUNTRIES[language].some((country) => parsePhoneNumberFromString(s, country)?.isValid() === true);
}

function privateKeyValid(value: string): boolean {
  const match = value.match(/^-----BEGIN ([A-Z ]+)-----\n([A-Za-z0-9+/=\n]+)\n-----END \1-----$/);
  if (!match) return false;
  const der = Buffer.from(match[2].replace(/\n/g, ''), 'base64');
  if (match[1] === 'OPENSSH PRIVATE KEY') return der.subarray(0, 15).toString('binary') === 'openssh-key-v1\0';
  try {
    createPrivateKey(value);
    return true;
  } catch {
    // RSA bodies are random after a genuine header: check the header.
    const hex = der.subarray(0, 32).toString('hex');
    return match[1] === 'RSA PRIVATE KEY' ? hex.startsWith('308204a40201000282010100') : hex.includes('2a864886f70d010101');
  }
}

function jwtValid(value: string): boolean {
  const parts = value.split('.');
  if (parts.length !== 3 || !parts.every((p) => /^[A-Za-z0-9_-]+$/.test(p))) return false;
  const header = JSON.parse(Buffer.from(parts[0], 'base64url').toString()) as { alg?: string };
  const payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString()) as { iat?: number; exp?: number };
  return typeof header.alg === 'string' && typeof payload.iat === 'number' && (payload.exp ?? 0) > payload.iat;
}

const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const toB62 = (n: number) => {
  let out = '';
  for (let rest = n; rest > 0; rest = Math.floor(rest / 62)) out = B62[rest % 62] + out;
  return out.padStart(6, '0');
};

function apiKeyValid(value: string): boolean {
  if (/^ghp_[A-Za-z0-9]{36}$/.test(value)) return toB62(crc32(value.slice(4, 34))) === value.slice(34);
  return [
    /^sk-(proj-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}$/, /^sk-ant-api03-[A-Za-z0-9_-]{93}AA$/, /^AKIA[A-Z2-7]{16}$/,
    /^github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}$/, /^xoxb-\d{10,13}-\d{10,13}-[A-Za-z0-9]{24}$/, /^sk_live_[A-Za-z0-9]{24,}$/, /^AIza[A-Za-z0-9_-]{35}$/,
  ].some((pattern) => pattern.test(value));
}

type Validator = (value: string, prompt: CorpusPrompt, start: number) => boolean;

const VALIDATORS: Record<string, Validator> = {
  email: (v) => /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/.test(v),
  phone: (v, p) => phoneValid(v, p.language),
  credit_card: (v) => {
    const digits = v.replace(/[\s.-]/g, '');
    return /^\d{13,19}$/.test(digits) && luhnValid(digits) && cardBrandFits(digits);
  },
  iban: ibanValid,
  us_ssn: (v) => {
    const m = v.match(/^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/);
    return !!m && m[1] !== '000' && m[1] !== '666' && Number(m[1]) < 900 && m[2] !== '00' && m[3] !== '0000';
  },
  uk_nino: (v) => {
    const n = v.replace(/\s/g, '');
    return /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(n) && !['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(n.slice(0, 2));
  },
  es_dni: (v) => {
    const m = v.replace(/[\s-]/g, '').match(/^([XYZ]|\d)(\d{7})([A-Z])$/);
    if (!m) return false;
    const number = Number(('XYZ'.indexOf(m[1]) >= 0 ? String('XYZ'.indexOf(m[1])) : m[1]) + m[2]);
    return 'TRWAGMYFPDXBNJZSQVHLCKE'[number % 23] === m[3];
  },
  nl_bsn: (v) => {
    const d = v.replace(/[\s.]/g, '');
    return /^\d{9}$/.test(d) && (weighted(d.slice(0, 8), 9) - Number(d[8])) % 11 === 0;
  },
  in_aadhaar: (v) => {
    const d = v.replace(/[\s-]/g, '');
    return /^[2-9]\d{11}$/.test(d) && verhoeffValid(d);
  },
  fr_nir: (v) => {
    const m = v.replace(/[\s-]/g, '').match(/^([12]\d{2}(?:0[1-9]|1[0-2]))(2A|2B|\d{2})(\d{6})(\d{2})$/);
    if (!m) return false;
    const numeric = BigInt(m[1] + (m[2] === '2A' ? '19' : m[2] === '2B' ? '18' : m[2]) + m[3]);
    return 97n - (numeric % 97n) === BigInt(m[4]);
  },
  it_fiscal_code: fiscalCodeValid,
  pt_nif: (v) => {
    const d = v.replace(/\s/g, '');
    if (!/^[1235689]\d{8}$/.test(d)) return false;
    const rest = weighted(d.slice(0, 8), 9) % 11;
    return (rest < 2 ? 0 : 11 - rest) === Number(d[8]);
  },
  de_tax_id: steuerIdValid,
  ipv4: (v) => isIPv4(v),
  ipv6: (v) => isIPv6(v),
  api_key: apiKeyValid,
  private_key: privateKeyValid,
  jwt: jwtValid,
  secret: (v) => v.length >= 14 && entropy(v) >= 3 && !/[<>${}]/.test(v),
  // Particles (van, de los, von) may come first; some capital letter must appear.
  person_name: (v) => /\p{Lu}/u.test(v) && /^\p{L}[\p{L}\p{M}'’. ,-]*$/u.test(v) && v.length <= 60,
  postal_address: (v) => /\d/.test(v) && /\p{L}{2}/u.test(v) && v.length >= 8 && v.length <= 160,
  date_of_birth: dobValid,
  // The context may be a caption just before the number or a column header further up.
  id_document: (v, p, start) => DOCUMENT_PATTERNS.some((re) => re.test(v)) && DOCUMENT_CONTEXT.test(p.text.slice(0, start)),
};

// ---- the tests -----------------------------------------------------------------------------------

describe('guard corpus', () => {
  it('is large enough and quick to build', () => {
    assert.ok(corpus.positives.length >= 3000, `positives: ${corpus.positives.length}`);
    assert.ok(corpus.negatives.length >= 2000, `negatives: ${corpus.negatives.length}`);
    assert.ok(buildMs < 4000, `built in ${Math.round(buildMs)} ms`);
  });

  it('spreads every language and format over both sets', () => {
    for (const [name, set] of Object.entries(corpus)) {
      for (const language of LANGUAGES) {
        const share = set.filter((p) => p.language === language).length / set.length;
        assert.ok(share >= 0.05, `${name}: ${language} only ${(share * 100).toFixed(1)}%`);
      }
      for (const format of FORMATS) {
        assert.ok(set.filter((p) => p.format === format).length >= 20, `${name}: too few ${format} prompts`);
      }
    }
  });

  it('keeps labels in bounds, trimmed, sorted and non-overlapping', () => {
    for (const prompt of corpus.positives) {
      assert.ok(prompt.labels.length >= 1 && prompt.labels.length <= 4, `${prompt.id}: ${prompt.labels.length} labels`);
      let last = 0;
      for (const label of prompt.labels) {
        assert.ok(label.start >= last && label.end > label.start && label.end <= prompt.text.length, `${prompt.id}: bad span`);
        const value = prompt.text.slice(label.start, label.end);
        assert.equal(value, value.trim(), `${prompt.id}: untrimmed ${label.type}`);
        last = label.end;
      }
    }
    assert.ok(corpus.negatives.every((p) => p.labels.length === 0));
  });

  it('labels only valid values', () => {
    const failures: string[] = [];
    for (const prompt of corpus.positives) {
      for (const label of prompt.labels) {
        const value = decode(label.type, prompt.text.slice(label.start, label.end), prompt.format);
        const validate = VALIDATORS[label.type];
        if (!validate || !validate(value, prompt, label.start)) failures.push(`${prompt.id} ${label.type}: ${JSON.stringify(value.slice(0, 80))}`);
      }
    }
    assert.deepEqual(failures.slice(0, 40), []);
  });

  it('reaches the minimum count for every type', () => {
    const counts = new Map<string, number>();
    for (const prompt of corpus.positives) for (const label of prompt.labels) counts.set(label.type, (counts.get(label.type) ?? 0) + 1);
    for (const type of LABEL_TYPES) assert.ok((counts.get(type) ?? 0) >= minimumCount(type), `${type}: ${counts.get(type) ?? 0}`);
  });

  it('keeps negatives free of addresses, keys and card or IBAN numbers', () => {
    for (const prompt of corpus.negatives) {
      assert.doesNotMatch(prompt.text, /[\w.+-]+@[\w-]+\.[a-z]{2,}/i, prompt.id);
      assert.doesNotMatch(prompt.text, /-----BEGIN|eyJ[\w-]+\.eyJ|sk-proj-|AKIA[A-Z2-7]{16}|ghp_\w{30}/, prompt.id);
      for (const ip of prompt.text.match(/\b\d{1,3}(?:\.\d{1,3}){3}\b/g) ?? []) assert.ok(!isIPv4(ip), `${prompt.id}: IP ${ip}`);
      for (const run of prompt.text.match(/\b(?:\d[ -]?){12,18}\d\b/g) ?? []) {
        const digits = run.replace(/\D/g, '');
        assert.ok(!(luhnValid(digits) && cardBrandFits(digits)), `${prompt.id}: card-like ${run}`);
      }
      for (const token of prompt.text.match(/\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/g) ?? []) {
        assert.ok(!ibanValid(token), `${prompt.id}: IBAN ${token}`);
      }
    }
  });

  it('is deterministic for a seed and differs across seeds', () => {
    const a = buildGuardCorpus(7);
    const b = buildGuardCorpus(7);
    assert.deepEqual(a, b);
    const c = buildGuardCorpus(8);
    assert.notEqual(a.positives[0].text + a.negatives[0].text, c.positives[0].text + c.negatives[0].text);
  });
});
