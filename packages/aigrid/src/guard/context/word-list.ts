/** Splits a whitespace-separated table of words (how the gazetteers are written) into a list. */
export const wordList = (table: string): readonly string[] => table.trim().split(/\s+/);

/** A lowercase lookup set built from several word tables, minus the words in `except`. */
export function lowercaseSet(tables: readonly (readonly string[])[], except: ReadonlySet<string> = new Set()): ReadonlySet<string> {
  const set = new Set<string>();
  for (const table of tables) for (const word of table) {
    const lower = word.toLowerCase();
    if (!except.has(lower)) set.add(lower);
  }
  return set;
}
