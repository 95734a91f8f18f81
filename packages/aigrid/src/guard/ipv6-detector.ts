import { isDigit, isWordCode } from './char-classes.js';
import type { Detector, GuardSpan } from './guard-types.js';

const HEX_GROUP = /^[0-9A-Fa-f]{1,4}$/;
const IPV4_TAIL = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const LINK_LOCAL = /^fe80:/i;

/** Written groups (an IPv4 tail counts two), or -1 when the text is not an IPv6 address. */
function countGroups(candidate: string): number {
  const halves = candidate.split('::');
  if (halves.length > 2) return -1;
  let groups = 0;
  for (let half = 0; half < halves.length; half++) {
    if (halves[half] === '') continue;
    const parts = halves[half].split(':');
    for (let index = 0; index < parts.length; index++) {
      const last = half === halves.length - 1 && index === parts.length - 1;
      if (last && IPV4_TAIL.test(parts[index])) groups += 2;
      else if (HEX_GROUP.test(parts[index])) groups += 1;
      else return -1;
    }
  }
  if (halves.length === 1) return groups === 8 ? groups : -1;
  return groups <= 7 ? groups : -1;
}

const isHex = (code: number) => isDigit(code) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
const isAddressCode = (code: number) => isHex(code) || code === 58 || code === 46;

// Two hex groups between three colons: in every address without "::". Times ("10:30") and
// labels ("Note:") rarely have it, so the colons of ordinary text are not visited one by one.
const HEX_BETWEEN_COLONS = /:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:/;

/** Whether `text` holds at least `count` colons (an uncompressed address has seven). */
function hasColons(text: string, count: number): boolean {
  let seen = 0;
  for (let index = text.indexOf(':'); index >= 0 && seen < count; index = text.indexOf(':', index + 1)) seen++;
  return seen >= count;
}

/**
 * The address-shaped token around the colon at `colon` ([0-9A-Fa-f:.] both ways), trimmed of a
 * trailing '.' or ':' (end of sentence or clause); undefined when a word character is glued to either end.
 */
function tokenAround(text: string, colon: number): { start: number; end: number } | undefined {
  let start = colon;
  while (start > 0 && isAddressCode(text.charCodeAt(start - 1))) start--;
  let end = colon + 1;
  while (end < text.length && isAddressCode(text.charCodeAt(end))) end++;
  while (end > start && text.charCodeAt(end - 1) === 46) end--;
  // A colon of the sentence right after the address ("from 2001:db8:…:1: not me"), not a `::`.
  if (end - start > 2 && text.charCodeAt(end - 1) === 58 && text.charCodeAt(end - 2) !== 58) end--;
  // A field name glued on with one colon ("ip:2001:db8::1", "value:…"): the address starts after it.
  if ((start > 0 && isWordCode(text.charCodeAt(start - 1))) || (text.charCodeAt(start) === 58 && text.charCodeAt(start + 1) !== 58)) {
    const after = text.indexOf(':', start);
    if (after < 0 || after + 1 >= end || text.charCodeAt(after + 1) === 58) return undefined;
    start = after + 1;
  }
  if (end < text.length && isWordCode(text.charCodeAt(end))) return undefined;
  return { start, end };
}

/** Drops a dotted tail that is no IPv4 address ("…:825.b" at the end of a sentence). */
function withoutBadTail(text: string, token: { start: number; end: number }): { start: number; end: number } {
  const candidate = text.slice(token.start, token.end);
  const dot = candidate.indexOf('.');
  if (dot < 0) return token;
  const tail = candidate.slice(candidate.lastIndexOf(':', dot) + 1);
  return IPV4_TAIL.test(tail) ? token : { start: token.start, end: token.start + dot };
}

/**
 * IPv6 addresses, full or compressed (with an optional IPv4 tail), validated by parsing. Found
 * from each ':' outwards (String#indexOf), never by a regex over the whole text. To stay clear of
 * `Foo::bar` paths, `a[1::2]` slices, times and MAC addresses it needs a digit and three written
 * groups (link-local `fe80::…` excepted); the unspecified `::` and loopback `::1` are not taken.
 */
export const ipv6Detector: Detector = {
  id: 'ipv6',
  types: ['ipv6'],
  category: 'pii',
  mayMatch: (text) => text.includes('::') || (hasColons(text, 7) && HEX_BETWEEN_COLONS.test(text)),
  detect(text, out: GuardSpan[]) {
    for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
      const around = tokenAround(text, colon);
      if (around === undefined) continue;
      const token = withoutBadTail(text, around);
      colon = Math.max(colon, around.end);
      const candidate = text.slice(token.start, token.end);
      // Times and ratios ("10:30", "16:9") fail here, before any splitting.
      if (!candidate.includes('::') && !hasColons(candidate, 7)) continue;
      if (candidate.startsWith(':') && !candidate.startsWith('::')) continue;
      const groups = countGroups(candidate);
      if (groups < 0 || !/\d/.test(candidate)) continue;
      if (groups < 3 && !LINK_LOCAL.test(candidate)) continue;
      out.push({ type: 'ipv6', category: 'pii', start: token.start, end: token.end });
    }
  },
};
