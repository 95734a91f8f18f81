/**
 * Visits each match of a non-global `candidate` regex in `text`, left to right; `visit` returns
 * where the next candidate may start (past the text it has read). The regex is run on slices of
 * the text rather than cloned with a `g` flag (matchAll clones, at ~0.6 µs for a long pattern,
 * more than scanning a short text), so it keeps no lastIndex. A slice starts `margin` characters
 * early, so that lookbehinds at the next candidate still see their context; matches found in that
 * margin are skipped.
 */
export function forEachCandidate(candidate: RegExp, text: string, margin: number, visit: (match: RegExpExecArray, index: number) => number): void {
  let resume = 0;
  let from = 0;
  for (;;) {
    const match = candidate.exec(from === 0 ? text : text.slice(from));
    if (match === null) return;
    const index = from + match.index;
    if (index < resume) {
      from = index + 1;
      continue;
    }
    resume = Math.max(index + 1, visit(match, index));
    if (resume >= text.length) return;
    from = Math.max(index + 1, resume - margin);
  }
}
