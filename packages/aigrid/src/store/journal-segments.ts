import { closeSync, openSync, readdirSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/*
 * Journal segment files shared by the request log and the usage ledger: JSON lines appended with
 * blocking writes, named `<prefix>-<epochms>-<pid>-<seq>.jsonl`. Each writer owns its own folder.
 */

const PREFIX = /^[a-z][a-z0-9]*$/;
const NEWLINE = 0x0a;

/** What a segment file held: the entries, plus how many lines were unreadable. */
export interface SegmentRecords<T> {
  entries: T[];
  /** Complete lines that were not valid entries (disk damage); a torn last line is not counted. */
  corruptLines: number;
}

/** Reads one parsed JSON line back as an entry, or undefined when it is not a valid one. */
export type EntryParser<T> = (value: unknown) => T | undefined;

function checkPrefix(prefix: string): void {
  if (!PREFIX.test(prefix)) throw new Error(`invalid journal prefix "${prefix}": use lower-case letters and digits`);
}

/**
 * File name for a new segment, zero-padded so names sort by creation time. The pid keeps two
 * processes sharing a folder by mistake from colliding.
 */
export function journalSegmentName(prefix: string, epochMs: number, pid: number, seq: number): string {
  checkPrefix(prefix);
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${prefix}-${pad(epochMs, 13)}-${pad(pid, 7)}-${pad(seq, 9)}.jsonl`;
}

/** Segment files with this prefix in a journal folder, oldest first, as full paths. */
export function listJournalSegments(journalDir: string, prefix: string): string[] {
  checkPrefix(prefix);
  const pattern = new RegExp(`^${prefix}-\\d+-\\d+-\\d+\\.jsonl$`);
  return readdirSync(journalDir)
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => join(journalDir, name));
}

/** Opens a segment for appending; O_APPEND makes every write land at the end of the file. */
export function openJournalSegment(path: string): number {
  return openSync(path, 'a');
}

/**
 * Appends entries as JSON lines with one blocking write (group commit). `serialize` writes one
 * entry's line without its newline (entries that are lines already pass through). Once this
 * returns the bytes belong to the operating system, so they survive the process being killed
 * (not a power cut: no fsync, which would cost a disk flush per write).
 */
export function appendJournalLines<T>(fd: number, entries: readonly T[], serialize: (entry: T) => string = JSON.stringify): void {
  writeJournalText(fd, journalLines(entries, serialize));
}

/** Entries as the text of JSON lines, each ended by a newline. */
export function journalLines<T>(entries: readonly T[], serialize: (entry: T) => string = JSON.stringify): string {
  let text = '';
  for (const entry of entries) text += `${serialize(entry)}\n`;
  return text;
}

/** Writes text whole with blocking writes (more than one only after a short write). */
export function writeJournalText(fd: number, text: string): void {
  // The string goes to the kernel as it is; only a short write (a full disk) needs it as bytes.
  let written = writeSync(fd, text);
  // `written` counts bytes; comparing it with the string's length would take a short write of
  // multi-byte text for a whole one.
  if (written === Buffer.byteLength(text, 'utf8')) return;
  const bytes = Buffer.from(text, 'utf8');
  while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
}

/**
 * Reads a segment. The last line may be torn by a crash mid-write: without its newline it is
 * kept only if it still parses as a whole entry, and otherwise skipped silently.
 */
export function readJournalSegment<T>(path: string, parse: EntryParser<T>): SegmentRecords<T> {
  const lines = readSegmentContent(path).toString('utf8').split('\n');
  // After the final newline split() leaves '' — or the torn remainder of an unfinished write.
  const tail = lines.pop() ?? '';
  const entries: T[] = [];
  let corruptLines = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    const entry = parseLine(line, parse);
    if (entry !== undefined) entries.push(entry);
    else corruptLines += 1;
  }
  const torn = tail === '' ? undefined : parseLine(tail, parse);
  if (torn !== undefined) entries.push(torn);
  return { entries, corruptLines };
}

/** Lines in a segment without parsing them (a torn last line counts): a cheap size for health. */
export function countJournalLines(path: string): number {
  const bytes = readSegmentContent(path);
  let lines = 0;
  for (let at = bytes.indexOf(NEWLINE); at !== -1; at = bytes.indexOf(NEWLINE, at + 1)) lines += 1;
  return bytes.length > 0 && bytes[bytes.length - 1] !== NEWLINE ? lines + 1 : lines;
}

/**
 * A segment's bytes without trailing zero bytes: a mapped segment that was not closed (see
 * mapped-segment.ts) ends in the unused rest of its last chunk. Zeros anywhere else are damage.
 */
function readSegmentContent(path: string): Buffer {
  const bytes = readFileSync(path);
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0) end -= 1;
  return bytes.subarray(0, end);
}

/** Deletes a file, treating "already gone" as success. */
export function removeJournalFile(path: string): void {
  try {
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/** Closes a segment's descriptor. */
export function closeJournalSegment(fd: number): void {
  closeSync(fd);
}

function parseLine<T>(line: string, parse: EntryParser<T>): T | undefined {
  try {
    return parse(JSON.parse(line));
  } catch {
    return undefined;
  }
}
