import { closeSync, ftruncateSync, openSync } from 'node:fs';
import { createRequire } from 'node:module';
import { closeJournalSegment, openJournalSegment, removeJournalFile, writeJournalText } from './journal-segments.js';

/*
 * Journal segment files written through a shared memory mapping where the platform allows it.
 *
 * A record must be in the kernel's page cache before its response is sent, so that it survives
 * the gateway being killed. A `write()` per record does that, but on virtual machines whose
 * syscalls trap to the hypervisor one syscall costs several microseconds and disturbs the
 * caches of the code around it: at concurrency 1 the journal's `write()` was ~10% of the
 * gateway's added latency (docs/benchmarks.md). A store into a `MAP_SHARED` mapping of the file
 * lands in the same page cache without a syscall, and survives `kill -9` in the same way.
 *
 * The file grows in chunks: each is reserved with `ftruncate`, mapped, and pre-faulted writable
 * with `MADV_POPULATE_WRITE` (Linux 5.14). Pre-faulting allocates the chunk's blocks up front, so
 * a full disk fails that call instead of raising SIGBUS on a later store: a first chunk that fails
 * makes the segment a written one, a later one fails the append (the spool then seals it). Closing cuts the file to the bytes written; a segment left open by a crash
 * ends in zero bytes, which readers drop (a JSON line never holds a raw NUL).
 */

/** A segment file being appended to. */
export interface SegmentFile {
  /** How the segment is written: through a mapping, or with `write()`. */
  readonly kind: 'mapped' | 'written';
  /**
   * Appends text (whole lines) before returning. Throws when it cannot: nothing of the text is
   * written then by a mapped segment; a written one may have left a torn line.
   */
  append(text: string): void;
  /** Stops appending and closes the file, cut to the bytes appended. */
  close(): void;
}

/** The part of `@riaskov/mmap-io` used here. Its buffers are unmapped when collected. */
export interface MmapBinding {
  map(size: number, protection: number, flags: number, fd: number, offset: number): Buffer;
  advise(buffer: Buffer, advise: number): void;
  readonly PROT_READ: number;
  readonly PROT_WRITE: number;
  readonly MAP_SHARED: number;
}

// Linux's value on every architecture (asm-generic/mman-common.h).
const MADV_POPULATE_WRITE = 23;
/** Bytes mapped at a time: a few hundred records, so a segment usually needs one or two. */
export const DEFAULT_CHUNK_BYTES = 128 * 1024;

let binding: MmapBinding | null | undefined;

/**
 * The mapping binding, or null where segments are written with `write()`: off Linux, when the
 * optional native package did not build, or when `AIGRID_JOURNAL_MMAP=off`.
 */
export function mmapBinding(): MmapBinding | null {
  if (binding !== undefined) return binding;
  binding = null;
  if (process.platform !== 'linux' || process.env.AIGRID_JOURNAL_MMAP === 'off') return binding;
  try {
    binding = createRequire(import.meta.url)('@riaskov/mmap-io') as MmapBinding;
  } catch {
    // Optional dependency missing or not built: write() serves.
  }
  return binding;
}

export interface OpenSegmentOptions {
  /** Chunk size in bytes, a multiple of the page size (default 128 KiB). */
  chunkBytes?: number;
  /** The binding to map with, null for `write()` (tests); `mmapBinding()` by default. */
  binding?: MmapBinding | null;
}

/**
 * Creates a segment file and opens it for appending: mapped when possible, else written. A
 * segment whose first chunk cannot be mapped (a full disk, a file system without shared
 * mappings) is written instead; the file is the same either way.
 */
export function openSegmentFile(path: string, options: OpenSegmentOptions = {}): SegmentFile {
  const mmap = options.binding === undefined ? mmapBinding() : options.binding;
  if (mmap) {
    // O_EXCL: a name already taken (a clash of pid and time) is appended to by the plain path.
    let fd: number | undefined;
    try {
      fd = openSync(path, 'wx+');
      return new MappedSegment(mmap, fd, options.chunkBytes ?? DEFAULT_CHUNK_BYTES);
    } catch {
      // Created here and holding nothing but maybe a reserved chunk: removed, then written afresh.
      if (fd !== undefined) {
        closeSync(fd);
        removeJournalFile(path);
      }
    }
  }
  return new WrittenSegment(openJournalSegment(path));
}

/** Appends with `write()` to a segment opened by `openJournalSegment` (O_APPEND). */
class WrittenSegment implements SegmentFile {
  readonly kind = 'written';
  constructor(private readonly fd: number) {}

  append(text: string): void {
    writeJournalText(this.fd, text);
  }

  close(): void {
    closeJournalSegment(this.fd);
  }
}

class MappedSegment implements SegmentFile {
  readonly kind = 'mapped';
  readonly #mmap: MmapBinding;
  readonly #fd: number;
  readonly #chunkBytes: number;
  // The chunk being filled, where it starts in the file, and bytes written in all.
  #chunk: Buffer;
  #chunkStart = 0;
  #length = 0;

  constructor(mmap: MmapBinding, fd: number, chunkBytes: number) {
    this.#mmap = mmap;
    this.#fd = fd;
    this.#chunkBytes = chunkBytes;
    this.#chunk = this.#mapChunk(0);
  }

  append(text: string): void {
    const offset = this.#length - this.#chunkStart;
    const room = this.#chunkBytes - offset;
    // A UTF-16 unit takes at most 3 bytes in UTF-8: most lines fit without measuring.
    if (text.length * 3 <= room) {
      this.#length += this.#chunk.write(text, offset);
      return;
    }
    const bytes = Buffer.from(text, 'utf8');
    if (bytes.length <= room) {
      bytes.copy(this.#chunk, offset);
      this.#length += bytes.length;
      return;
    }
    // Map everything the text needs before copying any of it, so a failure leaves no torn line.
    const chunks = [this.#chunk];
    let start = this.#chunkStart;
    while (start + this.#chunkBytes < this.#length + bytes.length) {
      start += this.#chunkBytes;
      chunks.push(this.#mapChunk(start));
    }
    let copied = bytes.copy(chunks[0], offset);
    for (let i = 1; i < chunks.length; i++) copied += bytes.copy(chunks[i], 0, copied);
    this.#chunk = chunks[chunks.length - 1];
    this.#chunkStart = start;
    this.#length += bytes.length;
  }

  close(): void {
    try {
      ftruncateSync(this.#fd, this.#length);
    } finally {
      closeSync(this.#fd);
    }
  }

  #mapChunk(start: number): Buffer {
    const mmap = this.#mmap;
    ftruncateSync(this.#fd, start + this.#chunkBytes);
    const chunk = mmap.map(this.#chunkBytes, mmap.PROT_READ | mmap.PROT_WRITE, mmap.MAP_SHARED, this.#fd, start);
    mmap.advise(chunk, MADV_POPULATE_WRITE);
    return chunk;
  }
}
