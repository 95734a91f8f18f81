import { checkCheckpointChain, type VerifyFailure } from './audit-chain-check.js';
import { checkpointSignatureProblem, short, type AuditCheckpoint } from './audit-checkpoint.js';
import { entryFromRow, entryLeafHash } from './audit-entry.js';
import { AuditError } from './audit-error.js';
import type { AuditReader, StoredAuditEntry } from './audit-repository.js';
import { MerkleFrontier } from './merkle-frontier.js';
import { fromHex, toHex } from './merkle-hash.js';

/** What a verification trusts and compares the log against. */
export interface AuditVerifyOptions {
  /** Key ids trusted to sign checkpoints. Without any (and no pin), the first checkpoint's key is trusted on first use. */
  readonly trustedKeyIds?: readonly string[];
  /** A checkpoint obtained earlier (the anchor file, an exported copy): the log must still extend it. */
  readonly pinned?: AuditCheckpoint;
  /** The log must hold at least this many entries. */
  readonly expectSize?: number;
  /** Entries read per query. */
  readonly pageSize?: number;
}

/** An intact log, or the first entry it can no longer vouch for. */
export type AuditVerifyResult =
  | {
      readonly ok: true;
      readonly size: number;
      readonly checkpoints: number;
      /** Entries covered by the newest checkpoint. */
      readonly checkpointedSize: number;
      readonly keyIds: string[];
      /** Limits of this verification (trust on first use, no pin, unsigned tail). */
      readonly warnings: string[];
    }
  | ({ readonly ok: false } & VerifyFailure);

/** A root the entries must reproduce at a given size. */
interface RootTarget {
  readonly size: number;
  readonly rootHash: string;
  readonly label: string;
}

const DEFAULT_PAGE_SIZE = 2_000;

/**
 * Verifies the whole log: recomputes every leaf hash from the stored fields, checks that seqs
 * run 0, 1, 2… without gaps, recomputes the Merkle root at every checkpoint (and at the pinned
 * one), walks the checkpoint chain and its signatures, and compares the log's length with
 * everything that says how long it should be. Reports the earliest problem. Reads entries in
 * pages and keeps only O(log n) hashes, so it runs on logs of any length.
 */
export async function verifyAuditLog(reader: AuditReader, options: AuditVerifyOptions = {}): Promise<AuditVerifyResult> {
  const { pinned } = options;
  const pinProblem = pinned && checkpointSignatureProblem(pinned);
  if (pinProblem) throw new AuditError('invalid_checkpoint', `the pinned checkpoint is not valid: ${pinProblem}`);
  // Head and checkpoints first: every entry they count was committed before they were read.
  const appended = await reader.appendedCount();
  const checkpoints = await reader.checkpoints();
  const trusted = [...(options.trustedKeyIds ?? []), ...(pinned ? [pinned.keyId] : [])];
  const chain = checkCheckpointChain(checkpoints, trusted);
  // A checkpoint that failed the chain check cannot judge entries: compare roots only before it.
  const valid = checkpoints.filter((checkpoint) => checkpoint.treeSize < (chain.failure?.checkpointSize ?? Infinity));
  const targets: RootTarget[] = valid.map((checkpoint) => ({ size: checkpoint.treeSize, rootHash: checkpoint.rootHash, label: `checkpoint at size ${checkpoint.treeSize}` }));
  if (pinned) targets.push({ size: pinned.treeSize, rootHash: pinned.rootHash, label: `pinned checkpoint (size ${pinned.treeSize})` });
  targets.sort((a, b) => a.size - b.size);

  const scan = await scanEntries(reader, targets, options.pageSize ?? DEFAULT_PAGE_SIZE);
  const failures = [scan.failure, scan.failure ? undefined : truncation(scan.size, checkpoints, appended, options), chain.failure];
  const first = failures.filter((failure) => failure !== undefined).sort((a, b) => a.firstBadSeq - b.firstBadSeq)[0];
  if (first) return { ok: false, ...first };

  const checkpointedSize = checkpoints.at(-1)?.treeSize ?? 0;
  const warnings: string[] = [];
  if (chain.trustedOnFirstUse) warnings.push(`no trusted key given: trusted the first checkpoint's key ${short(checkpoints[0].keyId)} on first use`);
  if (!pinned && options.expectSize === undefined) warnings.push('no pinned checkpoint or expected size: deleting the newest entries together with their checkpoints would go unnoticed');
  if (scan.size > checkpointedSize) warnings.push(`${scan.size - checkpointedSize} entries after the newest checkpoint are not signed yet`);
  return { ok: true, size: scan.size, checkpoints: checkpoints.length, checkpointedSize, keyIds: chain.keyIds, warnings };
}

async function scanEntries(reader: AuditReader, targets: readonly RootTarget[], pageSize: number): Promise<{ size: number; failure?: VerifyFailure }> {
  const frontier = new MerkleFrontier();
  let next = 0;
  let target = 0;
  let vouched = 0;
  const checkRoots = (): VerifyFailure | undefined => {
    for (; target < targets.length && targets[target].size === frontier.size; target += 1) {
      const { rootHash, label } = targets[target];
      const root = toHex(frontier.root());
      if (root !== rootHash) {
        const reason = `entries ${vouched}..${frontier.size - 1} do not match the ${label}: their Merkle root is ${short(root)}, the checkpoint signed ${short(rootHash)} (entries altered, reordered or replaced)`;
        return { firstBadSeq: vouched, reason, checkpointSize: frontier.size };
      }
      vouched = frontier.size;
    }
    return undefined;
  };
  let failure = checkRoots();
  while (!failure) {
    const page = await reader.entriesFrom(next, pageSize);
    for (const row of page) {
      failure = entryProblem(row, next);
      if (failure) break;
      frontier.append(fromHex(row.leafHash));
      next += 1;
      failure = checkRoots();
      if (failure) break;
    }
    if (page.length < pageSize) break;
  }
  return { size: next, failure };
}

function entryProblem(row: StoredAuditEntry, expectedSeq: number): VerifyFailure | undefined {
  if (row.seq !== expectedSeq) {
    return { firstBadSeq: expectedSeq, reason: `entry ${expectedSeq} is missing: the next stored entry is ${row.seq} (deleted, or its seq was changed)` };
  }
  let recomputed: string;
  try {
    recomputed = entryLeafHash(entryFromRow(row));
  } catch (error) {
    return { firstBadSeq: row.seq, reason: (error as Error).message };
  }
  if (recomputed !== row.leafHash) {
    return { firstBadSeq: row.seq, reason: `entry ${row.seq} does not match its leaf hash: its fields were altered, or it was moved from another position` };
  }
  return undefined;
}

/** The log is shorter than something says it was: a checkpoint, the pin, the caller or the head counter. */
function truncation(size: number, checkpoints: readonly AuditCheckpoint[], appended: number, options: AuditVerifyOptions): VerifyFailure | undefined {
  const witnesses: Array<[length: number, who: string]> = [
    [checkpoints.at(-1)?.treeSize ?? 0, 'the newest checkpoint covers'],
    [options.pinned?.treeSize ?? 0, 'the pinned checkpoint covers'],
    [options.expectSize ?? 0, 'the caller expects at least'],
    [appended, "the log's head counter records"],
  ];
  const witness = witnesses.find(([length]) => length > size);
  if (!witness) return undefined;
  const [length, who] = witness;
  return { firstBadSeq: size, reason: `the log holds ${size} entries but ${who} ${length}: entries ${size}..${length - 1} were deleted (truncated)` };
}
