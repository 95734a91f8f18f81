import { checkpointSignatureProblem, short, type AuditCheckpoint } from './audit-checkpoint.js';
import { entryFromRow, entryLeafHash, type AuditEntry } from './audit-entry.js';
import { AuditError } from './audit-error.js';
import type { AuditReader } from './audit-repository.js';
import { fromHex, toHex } from './merkle-hash.js';
import { consistencyProof, inclusionPath, merkleRoot } from './merkle-tree.js';
import { verifyConsistency, verifyInclusion } from './merkle-verify.js';

/**
 * Everything a third party needs to check that one entry is in the log: the entry, its leaf
 * hash, the audit path to the root of a signed checkpoint, and that checkpoint.
 */
export interface AuditInclusionProof {
  readonly seq: number;
  readonly entry: AuditEntry;
  readonly leafHash: string;
  readonly treeSize: number;
  readonly rootHash: string;
  /** Sibling hashes from the leaf up, hex. */
  readonly auditPath: readonly string[];
  readonly checkpoint: AuditCheckpoint;
}

/** Proof that the checkpointed tree of `toSize` entries extends the one of `fromSize`. */
export interface AuditConsistencyProof {
  readonly fromSize: number;
  readonly toSize: number;
  readonly proof: readonly string[];
  /** The checkpoint at `toSize`. */
  readonly checkpoint: AuditCheckpoint;
}

/**
 * Builds the inclusion proof of entry `seq` against the newest checkpoint. Throws
 * `not_checkpointed` when no checkpoint covers it yet, and `log_inconsistent` when the stored
 * entries no longer reproduce that checkpoint (run verify).
 */
export async function buildInclusionProof(reader: AuditReader, seq: number): Promise<AuditInclusionProof> {
  const checkpoint = await reader.latestCheckpoint();
  if (!Number.isSafeInteger(seq) || seq < 0) throw new AuditError('entry_not_found', `no audit entry ${seq}: seqs are integers from 0`);
  if (!checkpoint || seq >= checkpoint.treeSize) {
    throw new AuditError('not_checkpointed', `entry ${seq} is not covered by a checkpoint yet (the newest covers ${checkpoint?.treeSize ?? 0} entries); create one first`);
  }
  const leaves = await checkpointedLeaves(reader, checkpoint);
  const row = await reader.entry(seq);
  if (!row) throw new AuditError('log_inconsistent', `entry ${seq} is missing from the log; run verify`);
  const entry = entryFromRow(row);
  const leafHash = entryLeafHash(entry);
  if (leafHash !== toHex(leaves[seq])) throw new AuditError('log_inconsistent', `entry ${seq} no longer matches its leaf hash; run verify`);
  const auditPath = inclusionPath(leaves, seq).map(toHex);
  return { seq, entry, leafHash, treeSize: checkpoint.treeSize, rootHash: checkpoint.rootHash, auditPath, checkpoint };
}

/** Builds the consistency proof from `fromSize` entries to the newest checkpoint. */
export async function buildConsistencyProof(reader: AuditReader, fromSize: number): Promise<AuditConsistencyProof> {
  const checkpoint = await reader.latestCheckpoint();
  if (!checkpoint || fromSize > checkpoint.treeSize || !Number.isSafeInteger(fromSize) || fromSize < 0) {
    throw new AuditError('not_checkpointed', `no checkpoint covers ${fromSize} entries yet`);
  }
  const leaves = await checkpointedLeaves(reader, checkpoint);
  return { fromSize, toSize: checkpoint.treeSize, proof: consistencyProof(leaves, fromSize).map(toHex), checkpoint };
}

/** The checkpoint's leaf hashes, after checking they still reproduce its root. */
async function checkpointedLeaves(reader: AuditReader, checkpoint: AuditCheckpoint): Promise<Buffer[]> {
  const rows = await reader.leafHashes(0, checkpoint.treeSize);
  const leaves = rows.map((row, index) => (row.seq === index ? fromHex(row.leafHash) : undefined));
  if (leaves.length !== checkpoint.treeSize || leaves.includes(undefined) || toHex(merkleRoot(leaves as Buffer[])) !== checkpoint.rootHash) {
    throw new AuditError('log_inconsistent', `the stored entries no longer reproduce the checkpoint at size ${checkpoint.treeSize}; run verify`);
  }
  return leaves as Buffer[];
}

/** The outcome of checking a proof. */
export type ProofCheck = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/**
 * Checks an inclusion proof with nothing but the proof (and, ideally, the key ids the verifier
 * trusts): the entry's leaf hash, the audit path to the root, and the checkpoint's signature.
 */
export function verifyAuditProof(proof: AuditInclusionProof, options: { trustedKeyIds?: readonly string[] } = {}): ProofCheck {
  const fail = (reason: string): ProofCheck => ({ ok: false, reason });
  const { checkpoint } = proof;
  if (proof.entry.seq !== proof.seq) return fail(`the entry's seq ${proof.entry.seq} is not the proven seq ${proof.seq}`);
  if (entryLeafHash(proof.entry) !== proof.leafHash) return fail('the entry does not hash to the leaf hash');
  if (proof.treeSize !== checkpoint.treeSize || proof.rootHash !== checkpoint.rootHash) return fail('the proof is not against the checkpoint it carries');
  const signature = checkpointSignatureProblem(checkpoint);
  if (signature) return fail(`checkpoint: ${signature}`);
  if (options.trustedKeyIds && !options.trustedKeyIds.includes(checkpoint.keyId)) return fail(`checkpoint signed by untrusted key ${short(checkpoint.keyId)}`);
  const included = overHashes(() =>
    verifyInclusion(fromHex(proof.leafHash), proof.seq, proof.treeSize, proof.auditPath.map(fromHex), fromHex(proof.rootHash)),
  );
  return included ? { ok: true } : fail('the audit path does not lead from the leaf to the signed root');
}

/** Checks that `proof` links an older root (e.g. a pinned checkpoint's) to its signed checkpoint. */
export function verifyAuditConsistency(proof: AuditConsistencyProof, fromRootHash: string): ProofCheck {
  const signature = checkpointSignatureProblem(proof.checkpoint);
  if (signature) return { ok: false, reason: `checkpoint: ${signature}` };
  const { fromSize, toSize, checkpoint } = proof;
  const ok =
    toSize === checkpoint.treeSize &&
    overHashes(() => verifyConsistency(fromSize, toSize, proof.proof.map(fromHex), fromHex(fromRootHash), fromHex(checkpoint.rootHash)));
  return ok ? { ok: true } : { ok: false, reason: `the tree of ${proof.toSize} entries does not extend the given tree of ${proof.fromSize}` };
}

/** Runs a check over hex hashes; malformed hex (which `fromHex` throws on) fails the check. */
function overHashes(check: () => boolean): boolean {
  try {
    return check();
  } catch {
    return false;
  }
}
