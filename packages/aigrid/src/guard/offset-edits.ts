/*
 * Offset maps for rewritten text: each edit says that `length` original characters at `from`
 * became `written` characters at `to`. Shared by the normalization steps.
 */

/** One rewritten stretch: `length` original characters at `from` became `written` at `to`. */
export interface Edit {
  readonly from: number;
  readonly length: number;
  readonly to: number;
  readonly written: number;
}

/** The last edit starting at or before output offset `offset`, by binary search. */
function editAt(edits: readonly Edit[], offset: number): Edit | undefined {
  let low = 0;
  let high = edits.length - 1;
  let found: Edit | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (edits[middle].to <= offset) {
      found = edits[middle];
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/** Maps an output offset to the original; inside a rewritten stretch, to its start or end. */
export function mapOffset(edits: readonly Edit[], offset: number, side: 'start' | 'end'): number {
  const edit = editAt(edits, side === 'end' ? offset - 1 : offset);
  if (edit === undefined) return offset;
  if (side === 'start' ? offset < edit.to + edit.written : offset <= edit.to + edit.written) return side === 'start' ? edit.from : edit.from + edit.length;
  return offset - (edit.to + edit.written) + edit.from + edit.length;
}

/** Maps a span `[start, end)` of the output back to the original. */
export function mapSpan(edits: readonly Edit[], start: number, end: number): readonly [number, number] {
  return [mapOffset(edits, start, 'start'), end > start ? mapOffset(edits, end, 'end') : mapOffset(edits, start, 'start')];
}
