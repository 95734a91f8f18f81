import type { Detector, GuardSpan } from './guard-types.js';

// Four dotted octets, not inside a longer dotted run (OIDs, 5-part versions) or a word ("v1.2.3.4").
// matchAll copies this regex, so it never carries lastIndex between calls.
const DOTTED_QUAD = /(?<![\w.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\w]|\.\d)/g;
// "version 1.2.3.4", "build: 10.0.1.2", "patch 1.42.0.15" — a four-part version, not an address.
const VERSION_LABEL = /\b(?:version|release|build|patch|ver|rev)\.?\s*:?\s*$/i;

const validOctet = (octet: string) => Number(octet) <= 255 && (octet.length === 1 || octet[0] !== '0');

/** How far an address identifies someone: policies may ignore private or documentation ranges. */
function scopeOf(a: number, b: number, c: number): string {
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'private';
  if ((a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254)) return 'private';
  if ((a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113)) {
    return 'documentation';
  }
  return 'public';
}

const IPV4_GATE = /\d\.\d{1,3}\.\d{1,3}\.\d/;

/**
 * IPv4 addresses with valid octets (0–255, no leading zeros). Not taken, as obviously not someone's
 * address: 0.x.x.x, loopback 127/8, multicast and reserved 224+ (which covers 255.255.255.0
 * netmasks), all-single-digit quads like 1.2.3.4 (section and version numbers), and quads after
 * a version label.
 */
export const ipv4Detector: Detector = {
  id: 'ipv4',
  types: ['ipv4'],
  category: 'pii',
  mayMatch: (text, features) => features.longestNumber >= 4 && IPV4_GATE.test(text),
  detect(text, out: GuardSpan[]) {
    for (const match of text.matchAll(DOTTED_QUAD)) {
      const octets = [match[1], match[2], match[3], match[4]];
      if (!octets.every(validOctet) || octets.every((octet) => octet.length === 1)) continue;
      const [a, b, c] = octets.map(Number);
      if (a === 0 || a === 127 || a >= 224) continue;
      if (VERSION_LABEL.test(text.slice(Math.max(0, match.index - 12), match.index))) continue;
      out.push({ type: 'ipv4', category: 'pii', start: match.index, end: match.index + match[0].length, meta: { scope: scopeOf(a, b, c) } });
    }
  },
};
