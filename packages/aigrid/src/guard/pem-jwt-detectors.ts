import type { Detector, GuardSpan } from './guard-types.js';

// A PEM private key block up to its END line; when the END line is missing (a truncated paste),
// up to the last base64-looking line after the header. Used through matchAll only (no shared lastIndex).
const PRIVATE_KEY =
  /-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY(?: BLOCK)?-----(?:[\s\S]*?-----END \1PRIVATE KEY(?: BLOCK)?-----|(?:\s+[A-Za-z0-9+/=]{8,})*)/g;
// header.payload.signature, both JSON parts base64url of '{"' (hence "eyJ"); the signature may be
// empty (alg "none").
const JSON_WEB_TOKEN = /(?<![\w-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g;

/** PEM private keys (RSA, EC, DSA, OpenSSH, encrypted PKCS#8, PGP), the whole block. */
export const privateKeyDetector: Detector = {
  id: 'private_key',
  types: ['private_key'],
  category: 'secret',
  mayMatch: (text) => text.includes('PRIVATE KEY'),
  detect(text, out: GuardSpan[]) {
    for (const match of text.matchAll(PRIVATE_KEY)) {
      const kind = match[1].trim().toLowerCase() || 'pkcs8';
      out.push({ type: 'private_key', category: 'secret', start: match.index, end: match.index + match[0].length, meta: { kind } });
    }
  },
};

/**
 * Whether "eyJ" occurs: each 'J' (rare in prose; single-character indexOf is near memchr speed)
 * is checked for a preceding "ey". A search for "eyJ" itself stops at every 'e'.
 */
function hasJsonPrefix(text: string): boolean {
  for (let at = text.indexOf('J'); at >= 0; at = text.indexOf('J', at + 1)) {
    if (text.charCodeAt(at - 1) === 121 && text.charCodeAt(at - 2) === 101) return true;
  }
  return false;
}

/** JSON Web Tokens (which often carry identities and are bearer credentials). */
export const jwtDetector: Detector = {
  id: 'jwt',
  types: ['jwt'],
  category: 'secret',
  mayMatch: hasJsonPrefix,
  detect(text, out: GuardSpan[]) {
    for (const match of text.matchAll(JSON_WEB_TOKEN)) {
      out.push({ type: 'jwt', category: 'secret', start: match.index, end: match.index + match[0].length });
    }
  },
};
