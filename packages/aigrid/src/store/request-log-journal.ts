import type { RequestLogEntry } from './request-log-repository.js';
import {
  appendJournalLines,
  closeJournalSegment,
  journalSegmentName,
  listJournalSegments,
  openJournalSegment,
  readJournalSegment,
  removeJournalFile,
  type SegmentRecords,
} from './journal-segments.js';

// The request log's view of the shared journal segment files (journal-segments.ts).
const PREFIX = 'requests';

/** What a segment file held: the entries, plus how many lines were unreadable. */
export type SegmentContents = SegmentRecords<RequestLogEntry>;

/** File name for a new segment: `requests-<epochms>-<pid>-<seq>.jsonl`, sorting by creation time. */
export function segmentFileName(epochMs: number, pid: number, seq: number): string {
  return journalSegmentName(PREFIX, epochMs, pid, seq);
}

/** Segment files in a journal folder, oldest first, as full paths. */
export function listSegments(journalDir: string): string[] {
  return listJournalSegments(journalDir, PREFIX);
}

/** Opens a segment for appending. */
export const openSegment = openJournalSegment;

/** Appends one entry as a JSON line with a blocking write: it survives a `kill -9` once this returns. */
export function appendEntry(fd: number, entry: RequestLogEntry): void {
  appendJournalLines(fd, [entry]);
}

/** Appends several entries with one blocking write (group commit). */
export function appendEntries(fd: number, entries: readonly RequestLogEntry[]): void {
  appendJournalLines(fd, entries);
}

/** Reads a segment; a torn last line is skipped silently, damaged middle lines are counted. */
export function readSegment(path: string): SegmentContents {
  return readJournalSegment(path, parseEntry);
}

/** Deletes a file, treating "already gone" as success. */
export const removeFile = removeJournalFile;

/** Closes a segment's descriptor. */
export const closeSegment = closeJournalSegment;

/** Reads one journaled line back; anything that is not an entry is skipped as damage. */
export function parseEntry(value: unknown): RequestLogEntry | undefined {
  const entry = value as Partial<RequestLogEntry> | null;
  if (!entry || typeof entry !== 'object' || typeof entry.id !== 'string' || typeof entry.ts !== 'number') return undefined;
  return entry as RequestLogEntry;
}
