import { short, type AuditCheckpoint } from './audit-checkpoint.js';
import type { ListedAuditEntry } from './audit-listing.js';
import type { AuditInclusionProof } from './audit-proof.js';
import type { AuditVerifyResult } from './audit-verifier.js';

// Plain-text forms of audit results, for the CLI. JSON output needs none of this.

const DETAILS_WIDTH = 60;

/** The one-line summary of an intact log, followed by its warnings as notes. */
export function formatVerified(result: Extract<AuditVerifyResult, { ok: true }>, pinnedSize: number | undefined): string {
  const signed = result.checkpoints === 0 ? 'no checkpoints yet' : `${result.checkpoints} checkpoints (newest covers ${result.checkpointedSize}), keys ${result.keyIds.map(short).join(', ')}`;
  const pin = pinnedSize === undefined ? '' : `, extends the pinned checkpoint of ${pinnedSize}`;
  const lines = [`audit log intact: ${result.size} entries, ${signed}${pin}`];
  for (const warning of result.warnings) lines.push(`  note: ${warning}`);
  return lines.join('\n');
}

/** Cells for the `audit list` table. */
export function entryRow(entry: ListedAuditEntry): string[] {
  const details = JSON.stringify(entry.details);
  const clipped = details.length > DETAILS_WIDTH ? `${details.slice(0, DETAILS_WIDTH - 1)}…` : details;
  return [String(entry.seq), entry.ts, entry.actor, entry.action, entry.target, clipped];
}

/** A checkpoint in one line. */
export function formatCheckpoint(checkpoint: AuditCheckpoint): string {
  const rotation = checkpoint.nextKeyId ? `, hands over to key ${short(checkpoint.nextKeyId)}` : '';
  return `checkpoint at size ${checkpoint.treeSize}: root ${checkpoint.rootHash}, signed ${checkpoint.ts} by key ${short(checkpoint.keyId)}${rotation}`;
}

/** An inclusion proof, readable; `--json` gives the form `verifyAuditProof` checks. */
export function formatProof(proof: AuditInclusionProof): string {
  const { entry } = proof;
  return [
    `entry ${proof.seq}: ${entry.action} by ${entry.actor} on ${entry.target} at ${entry.ts}`,
    `  leaf hash   ${proof.leafHash}`,
    `  tree size   ${proof.treeSize}`,
    `  root hash   ${proof.rootHash}`,
    `  checkpoint  signed ${proof.checkpoint.ts} by key ${proof.checkpoint.keyId}`,
    `  audit path  ${proof.auditPath.length} node${proof.auditPath.length === 1 ? '' : 's'}`,
    ...proof.auditPath.map((node, level) => `    ${String(level).padStart(2)}  ${node}`),
  ].join('\n');
}
