import type { Rng } from './prng.js';

/*
 * IP addresses as they show up next to a user: mostly public unicast addresses from real
 * allocations (the kind that identify a subscriber), some private ones from internal logs.
 */

const PUBLIC_FIRST = [2, 5, 31, 37, 46, 62, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 93, 94, 95, 109, 141, 145, 151, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217, 24, 47, 66, 67, 68, 69, 71, 73, 98, 99, 104, 107, 108, 152, 162, 174, 49, 103, 106, 117, 122];

export function ipv4(r: Rng): string {
  const kind = r.weighted<string>([['public', 82], ['private', 14], ['cgnat', 4]]);
  if (kind === 'private') {
    return r.pick([
      `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`,
      `192.168.${r.int(0, 255)}.${r.int(1, 254)}`,
      `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`,
    ]);
  }
  if (kind === 'cgnat') return `100.${r.int(64, 127)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  return `${r.pick(PUBLIC_FIRST)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}

const V6_PREFIXES = ['2a02:8108', '2a01:c22', '2003:e3', '2a00:1450', '2600:1700', '2804:14c', '2001:16b8', '2a0a:a540', '2a02:a03f', '2a01:e0a', '2a02:1210', '2001:1c00', '2a01:4f8', '2607:fb90', '2409:4042'];

const hex = (r: Rng) => r.int(0, 0xffff).toString(16);

/** Global unicast (and now and then link-local), compressed the usual ways. */
export function ipv6(r: Rng): string {
  const style = r.weighted<string>([['interface', 45], ['compressed', 30], ['full', 10], ['link-local', 8], ['upper', 7]]);
  if (style === 'link-local') return `fe80::${hex(r)}:${hex(r)}:${hex(r)}:${hex(r)}`;
  const prefix = r.pick(V6_PREFIXES).split(':');
  while (prefix.length < 4) prefix.push(hex(r));
  if (style === 'compressed') return `${prefix.join(':')}::${hex(r)}`;
  const tail = [hex(r), hex(r), hex(r), hex(r)];
  if (style === 'full') return [...prefix, ...tail].map((part) => part.padStart(4, '0')).join(':');
  const text = `${prefix.join(':')}:${tail.join(':')}`;
  return style === 'upper' ? text.toUpperCase() : text;
}
