// `data:<type>;base64,<payload>`: pasted images and files. Used through matchAll (no shared lastIndex).
const DATA_URL = /data:[\w.+-]+\/[\w.+-]+(?:;[\w.+-]+=[\w.+-]+)*;base64,[A-Za-z0-9+/=]+/g;

/**
 * Ranges `[start, end)` of base64 data URLs inside a text, in order. Their payload is binary, not
 * prose: any "finding" inside one is noise, and redacting it would corrupt the file.
 */
export function dataUrlRanges(text: string): Array<readonly [number, number]> {
  if (!text.includes(';base64,')) return [];
  return Array.from(text.matchAll(DATA_URL), (match) => [match.index, match.index + match[0].length] as const);
}
