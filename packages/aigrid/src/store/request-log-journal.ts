import { closeSync, openSync, readdirSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { RequestLogEntry } from './request-log-repository.js';

const SEGMENT_FILE = /^requests-\d+-\d+-\d+\.jsonl$/;

/** What a segment file held: the entries, plus how many lines were unreadable. */
export interface SegmentContents {
  entries: RequestLogEntry[];
  /** Complete lines that were not valid entries (disk damage); a torn last line is not counted. */
  corruptLines: number;
}

/**
 * File name for a new segment: `requests-<epochms>-<pid>-<seq>.jsonl`, zero-padded so names sort
 * by creation time. The pid keeps two processes sharing a folder by mistake from colliding.
 */
export function segmentFileName(epochMs: number, pid: number, seq: number): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `requests-${pad(epochMs, 13)}-${pad(pid, 7)}-${pad(seq, 9)}.jsonl`;
}

/** Segment files in a journal folder, oldest first, as full paths. */
export function listSegments(journalDir: string): string[] {
  return readdirSync(journalDir)
    .filter((name) => SEGMENT_FILE.test(name))
    .sort()
    .map((name) => join(journalDir, name));
}

/** Opens a segment for appending; O_APPEND makes every write land at the end of the file. */
export function openSegment(path: string): number {
  return openSync(path, 'a');
}

/**
 * Appends one entry as a JSON line with a blocking write. Once this returns the bytes belong to
 * the operating system, so they survive the process being killed (not a power cut: no fsync,
 * which would cost a disk flush per request).
 */
export function appendEntry(fd: number, entry: RequestLogEntry): void {
  appendEntries(fd, [entry]);
}

/** Appends several entries with one blocking write (group commit). */
export function appendEntries(fd: number, entries: readonly RequestLogEntry[]): void {
  let text = '';
  for (const entry of entries) text += `${JSON.stringify(entry)}\n`;
  const bytes = Buffer.from(text, 'utf8');
  let written = 0;
  while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
}

/**
 * Reads a segment. The last line may be torn by a crash mid-write: without its newline it is
 * kept only if it still parses as a whole entry, and otherwise skipped silently.
 */
export function readSegment(path: string): SegmentContents {
  const lines = readFileSync(path, 'utf8').split('\n');
  // After the final newline split() leaves '' — or the torn remainder of an unfinished write.
  const tail = lines.pop() ?? '';
  const entries: RequestLogEntry[] = [];
  let corruptLines = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    const entry = parseEntry(line);
    if (entry) entries.push(entry);
    else corruptLines += 1;
  }
  const torn = tail === '' ? undefined : parseEntry(tail);
  if (torn) entries.push(torn);
  return { entries, corruptLines };
}

/** Deletes a file, treating "already gone" as success. */
export function removeFile(path: string): void {
  try {
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/** Closes a segment's descriptor. */
export function closeSegment(fd: number): void {
  closeSync(fd);
}

function parseEntry(line: string): RequestLogEntry | undefined {
  try {
    const value = JSON.parse(line) as Partial<RequestLogEntry> | null;
    if (!value || typeof value.id !== 'string' || typeof value.ts !== 'number') return undefined;
    return value as RequestLogEntry;
  } catch {
    return undefined;
  }
}
