import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseCheckpoint, type AuditCheckpoint } from './audit-checkpoint.js';
import { AuditError } from './audit-error.js';

/** File in the data dir that mirrors the newest checkpoint outside the database. */
export const AUDIT_ANCHOR_FILE = 'audit-anchor.json';

/** Reads a checkpoint JSON file (an anchor or an exported pin); undefined when it does not exist. */
export async function readCheckpointFile(path: string): Promise<AuditCheckpoint | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new AuditError('invalid_checkpoint', `${path}: not JSON (${(error as Error).message})`);
  }
  return parseCheckpoint(value, path);
}

/**
 * Mirrors `checkpoint` into the anchor file unless it already holds a larger one (several
 * processes may share the file). Written to a temporary name and renamed, so readers never see
 * half a file. The anchor is what lets verify notice a truncated database: see docs/audit.md.
 */
export async function writeAnchor(path: string, checkpoint: AuditCheckpoint): Promise<void> {
  const current = await readCheckpointFile(path).catch(() => undefined);
  if (current && current.treeSize >= checkpoint.treeSize) return;
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(temporary, `${JSON.stringify(checkpoint, null, 2)}\n`, { mode: 0o644 });
  await rename(temporary, path);
}
