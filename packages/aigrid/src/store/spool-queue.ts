/**
 * A sealed batch waiting for the database. `path` is its journal file (undefined when the journal
 * write failed and the entries live only in memory); `entries` is undefined once evicted from
 * memory, to be read back from `path` when its turn comes.
 */
export interface SpooledSegment<T> {
  path: string | undefined;
  entries: T[] | undefined;
  /** Entries in the segment (lines in the file, for segments found at start). */
  count: number;
}

/**
 * Sealed segments, oldest first, with the counts a spool reports. Keeps at most `maxBuffered`
 * entries in memory: beyond that the newest segments that have a journal file drop their
 * in-memory copy (the oldest are committed first, so they stay ready). Entries without a file are
 * never dropped.
 */
export class SpoolQueue<T> {
  readonly #maxBuffered: number;
  readonly #segments: SpooledSegment<T>[] = [];
  #entryCount = 0;
  #buffered = 0;
  #unjournaled = 0;

  constructor(maxBuffered: number) {
    this.#maxBuffered = maxBuffered;
  }

  push(segment: SpooledSegment<T>): void {
    this.#segments.push(segment);
    this.#entryCount += segment.count;
    if (segment.entries) this.#buffered += segment.count;
    if (segment.path === undefined) this.#unjournaled += segment.count;
    this.#evict();
  }

  first(): SpooledSegment<T> | undefined {
    return this.#segments[0];
  }

  /** Removes the first segment once it is committed. */
  shift(): void {
    const segment = this.#segments.shift();
    if (!segment) return;
    this.#entryCount -= segment.count;
    if (segment.entries) this.#buffered -= segment.count;
    if (segment.path === undefined) this.#unjournaled -= segment.count;
  }

  isEmpty(): boolean {
    return this.#segments.length === 0;
  }

  segmentCount(): number {
    return this.#segments.length;
  }

  entryCount(): number {
    return this.#entryCount;
  }

  /** Entries held only in memory because their journal write failed. */
  unjournaledCount(): number {
    return this.#unjournaled;
  }

  /** Entries held in memory (for tests and metrics). */
  bufferedCount(): number {
    return this.#buffered;
  }

  #evict(): void {
    for (let index = this.#segments.length - 1; index > 0 && this.#buffered > this.#maxBuffered; index -= 1) {
      const segment = this.#segments[index];
      if (segment.entries === undefined || segment.path === undefined) continue;
      segment.entries = undefined;
      this.#buffered -= segment.count;
    }
  }
}
