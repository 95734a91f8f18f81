// Row shapes of the audit tables (migration 0003). Kept beside the audit code, not in the store's
// `Database`, so the store knows nothing of auditing; the repository views the store's database
// through them. Seqs and sizes are bigint in PostgreSQL, read back as numbers (the store's INT8
// parser; far below 2^53).

/** Row shape of `audit_entries`: one appended entry per seq. */
export interface AuditEntriesTable {
  seq: number;
  ts: string;
  actor: string;
  action: string;
  target: string;
  /** Canonical JSON of the details object. */
  details: string;
  /** RFC 6962 leaf hash of the entry, hex. */
  leaf_hash: string;
}

/** Row shape of `audit_checkpoints`: one signed checkpoint per tree size. */
export interface AuditCheckpointsTable {
  tree_size: number;
  root_hash: string;
  ts: string;
  previous_hash: string | null;
  signature: string;
  key_id: string;
  public_key: string;
  next_key_id: string | null;
}

/** One row (`id` = 1): how many entries have been appended. Appends lock it to take the next seq. */
export interface AuditHeadTable {
  id: number;
  next_seq: number;
}

/** The audit tables, as Kysely sees them. */
export interface AuditTables {
  audit_entries: AuditEntriesTable;
  audit_checkpoints: AuditCheckpointsTable;
  audit_head: AuditHeadTable;
}
