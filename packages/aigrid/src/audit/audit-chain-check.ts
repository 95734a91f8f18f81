import { checkpointHash, checkpointSignatureProblem, short, type AuditCheckpoint } from './audit-checkpoint.js';

/** Where verification failed: the first entry the log can no longer vouch for, and why. */
export interface VerifyFailure {
  readonly firstBadSeq: number;
  readonly reason: string;
  /** Tree size of the checkpoint involved, when one is. */
  readonly checkpointSize?: number;
}

/** The outcome of walking the checkpoint chain. */
export interface ChainCheck {
  readonly failure?: VerifyFailure;
  /** Every key that signed a checkpoint, in order of first use. */
  readonly keyIds: string[];
  /** True when no key was trusted up front and the first checkpoint's key was taken on trust. */
  readonly trustedOnFirstUse: boolean;
}

/**
 * Checks every checkpoint, oldest first: its signature under its own public key, its link to
 * the previous checkpoint, and that it is signed by the key the chain expects (the previous
 * signer, or the key a rotation checkpoint named). Finally the newest checkpoint must be signed by
 * a trusted key; trust passes from a trusted key to the key it rotates to. A failure's
 * `firstBadSeq` is the size of the last good checkpoint: entries from there on are unvouched.
 */
export function checkCheckpointChain(checkpoints: readonly AuditCheckpoint[], trustedKeyIds: readonly string[] = []): ChainCheck {
  const trusted = new Set(trustedKeyIds);
  const trustedOnFirstUse = trusted.size === 0 && checkpoints.length > 0;
  const keyIds: string[] = [];
  let previous: AuditCheckpoint | undefined;
  for (const checkpoint of checkpoints) {
    const problem = linkProblem(checkpoint, previous) ?? checkpointSignatureProblem(checkpoint);
    if (problem) {
      const failure = { firstBadSeq: previous?.treeSize ?? 0, checkpointSize: checkpoint.treeSize, reason: `checkpoint at size ${checkpoint.treeSize}: ${problem}` };
      return { failure, keyIds, trustedOnFirstUse };
    }
    if (trustedOnFirstUse && previous === undefined) trusted.add(checkpoint.keyId);
    if (checkpoint.nextKeyId !== null && trusted.has(checkpoint.keyId)) trusted.add(checkpoint.nextKeyId);
    if (!keyIds.includes(checkpoint.keyId)) keyIds.push(checkpoint.keyId);
    previous = checkpoint;
  }
  if (previous && !trusted.has(previous.keyId)) {
    const lastTrusted = [...checkpoints].reverse().find((checkpoint) => trusted.has(checkpoint.keyId));
    const reason =
      `the newest checkpoint (size ${previous.treeSize}) is signed by key ${short(previous.keyId)}, which is not trusted ` +
      `(trusted: ${[...trusted].map(short).join(', ')}): the checkpoints were re-signed, or the wrong key was given`;
    return { failure: { firstBadSeq: lastTrusted?.treeSize ?? 0, checkpointSize: previous.treeSize, reason }, keyIds, trustedOnFirstUse };
  }
  return { keyIds, trustedOnFirstUse };
}

function linkProblem(checkpoint: AuditCheckpoint, previous: AuditCheckpoint | undefined): string | undefined {
  if (previous === undefined) {
    return checkpoint.previousCheckpointHash === null ? undefined : 'it is the first checkpoint stored but links to an earlier one (earlier checkpoints deleted?)';
  }
  const expected = checkpointHash(previous);
  if (checkpoint.previousCheckpointHash !== expected) {
    return `it does not link to the checkpoint at size ${previous.treeSize} (chain broken: expected previous hash ${short(expected)}, found ${short(checkpoint.previousCheckpointHash ?? 'null')})`;
  }
  const expectedKey = previous.nextKeyId ?? previous.keyId;
  if (checkpoint.keyId !== expectedKey) {
    return `it is signed by key ${short(checkpoint.keyId)} but the chain expects ${short(expectedKey)} (a new key must be introduced by a rotation checkpoint signed by the old one)`;
  }
  return undefined;
}
