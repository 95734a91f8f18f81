import { entryFromRow, type AuditEntry } from './audit-entry.js';
import type { AuditReader, StoredAuditEntry } from './audit-repository.js';

/** An entry as listed: its fields plus the leaf hash stored with it. */
export type ListedAuditEntry = AuditEntry & { readonly leafHash: string };

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 1_000;

/**
 * Entries newest first (default 50, at most 1000), optionally before a seq for paging. Lenient:
 * details that no longer parse are shown as `{ unparsable: <text> }` so a damaged log can still
 * be inspected; `verify` is what judges it.
 */
export async function listAuditEntries(reader: AuditReader, options: { limit?: number; before?: number; action?: string } = {}): Promise<ListedAuditEntry[]> {
  const limit = Math.min(Math.max(1, Math.floor(options.limit ?? DEFAULT_LIMIT)), MAX_LIMIT);
  const rows = await reader.latestEntries(limit, options.before, options.action);
  return rows.map(toListed);
}

function toListed(row: StoredAuditEntry): ListedAuditEntry {
  try {
    return { ...entryFromRow(row), leafHash: row.leafHash };
  } catch {
    const { seq, ts, actor, action, target } = row;
    return { seq, ts, actor, action, target, details: { unparsable: row.detailsJson }, leafHash: row.leafHash };
  }
}
