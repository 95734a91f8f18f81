import { join } from 'node:path';
import { journalLines, journalSegmentName, removeJournalFile } from './journal-segments.js';
import { mmapBinding, openSegmentFile, type SegmentFile } from './mapped-segment.js';
import type { SpooledSegment } from './spool-queue.js';

interface ActiveSegment<T> {
  path: string;
  file: SegmentFile;
  entries: T[];
}

/**
 * The segment a spool is appending to, opened on the first append. Entries appended are also
 * kept in memory until the segment is sealed and handed to the queue.
 */
export class JournalAppender<T> {
  readonly #dir: string;
  readonly #prefix: string;
  readonly #onError: (error: unknown) => void;
  readonly #serialize: (entry: T) => string;
  #active: ActiveSegment<T> | undefined;
  #sequence = 0;

  constructor(dir: string, prefix: string, onError: (error: unknown) => void, serialize: (entry: T) => string = JSON.stringify) {
    this.#dir = dir;
    this.#prefix = prefix;
    this.#onError = onError;
    this.#serialize = serialize;
    // Fail at construction, not at the first append, on a bad prefix.
    journalSegmentName(prefix, 0, 0, 0);
    // Loading the binding pulls in node-pre-gyp (~0.1 s of the event loop): not in a request.
    mmapBinding();
  }

  /** Entries in the open segment. */
  count(): number {
    return this.#active?.entries.length ?? 0;
  }

  /**
   * Appends to the page cache before returning (a store into a mapping, or one blocking write),
   * opening a segment when none is open. Throws when the journal cannot be written; the caller
   * must then seal the segment, because a failed write may have left a torn line that no later
   * line may follow.
   */
  append(entries: readonly T[]): void {
    if (this.#active === undefined) {
      const path = join(this.#dir, journalSegmentName(this.#prefix, Date.now(), process.pid, this.#sequence++));
      this.#active = { path, file: openSegmentFile(path), entries: [] };
    }
    this.#active.file.append(journalLines(entries, this.#serialize));
    for (const entry of entries) this.#active.entries.push(entry);
  }

  /** Closes the open segment and returns it for the queue; an empty one is deleted instead. */
  seal(): SpooledSegment<T> | undefined {
    const active = this.#active;
    if (!active) return undefined;
    this.#active = undefined;
    try {
      active.file.close();
      // Nothing recorded in it (a failed first write at most): nothing to replay either.
      if (active.entries.length === 0) {
        removeJournalFile(active.path);
        return undefined;
      }
    } catch (error) {
      this.#onError(error);
    }
    return { path: active.path, entries: active.entries, count: active.entries.length };
  }
}
