import type { GuardSpan } from '../guard-types.js';
import { forEachCandidate } from './candidate-scan.js';
import { endingWith } from './text-endings.js';

/*
 * Indian addresses, written in English: a house, flat or plot number, the road or sector, the
 * town and a six-digit PIN ("H.No. 4, Lake Road, Pune 411001", "C-12, Sector 9, Noida 201301").
 * Found at the PIN, then read backwards, since the PIN is the rarest part. No PIN, no finding.
 */

// Six digits, not inside a longer number. Written digit by digit with the lookbehind last: a
// leading lookbehind or `\d{5}` keeps V8 from skipping ahead (Boyer-Moore), which makes the scan
// of an ordinary text three times slower.
export const PIN = /[1-9][0-9][0-9][0-9][0-9][0-9](?<![\d.,-][0-9]{6})(?![0-9]|[.,-][0-9])/;

const UNIT = String.raw`(?:(?:H\.? ?No\.?|No\.|Flat|Plot|Door No\.?|House No\.?) ?\d{1,4}[A-Z]?|[A-Z]{1,2}-\d{1,4}[A-Z]?|\d{1,4}[A-Z]?)`;
const ROAD = String.raw`(?:(?:[A-Z0-9][\w.'-]* ){0,3}(?:Road|Street|Salai|Marg|Nagar|Lane|Colony|Layout|Main|Cross)(?: No\. \d{1,3})?|Sector \d{1,3}|Phase \d{1,2})`;
const TOWN = String.raw`(?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+`;
const BEFORE_PIN = endingWith(String.raw`${UNIT}, ${ROAD}(?:,[ \t]*|[ \t]*(?:\\n|\n)[ \t]*)(?:${ROAD},[ \t]*)?${TOWN},? `);
const START = new RegExp(`${UNIT}, ${ROAD}`);

/** Adds the Indian addresses of `text`, each ending at its PIN; scores 0.85. */
export function detectIndianAddresses(text: string, out: GuardSpan[], type: string): void {
  forEachCandidate(PIN, text, 2, (match, index) => {
    const from = Math.max(0, index - 110);
    const before = text.slice(from, index);
    if (!BEFORE_PIN.test(before)) return index + 6;
    const start = START.exec(before);
    if (start === null) return index + 6;
    out.push({ type, category: 'pii', start: from + start.index, end: index + 6, score: 0.85 });
    return index + 6;
  });
}
