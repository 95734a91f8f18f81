import type { Kysely } from 'kysely';
import type { StoreDialect } from '../store/database-types.js';
import { writeAnchor } from './audit-anchor.js';
import { canonicalJson } from './canonical-json.js';
import { checkpointHash, short, signCheckpoint, type AuditCheckpoint } from './audit-checkpoint.js';
import { entryLeafHash, validateEntryInput, type AuditEntry, type AuditEntryInput } from './audit-entry.js';
import { AuditError } from './audit-error.js';
import type { AuditSigner } from './audit-key-material.js';
import { listAuditEntries, type ListedAuditEntry } from './audit-listing.js';
import { buildConsistencyProof, buildInclusionProof, type AuditConsistencyProof, type AuditInclusionProof } from './audit-proof.js';
import { createAuditRepository, type AuditRepository, type AuditWriter } from './audit-repository.js';
import { verifyAuditLog, type AuditVerifyOptions, type AuditVerifyResult } from './audit-verifier.js';
import { MerkleFrontier } from './merkle-frontier.js';
import { fromHex, toHex } from './merkle-hash.js';

/** How an `AuditLog` stores, signs and checkpoints. */
export interface AuditLogOptions {
  readonly repository: AuditRepository;
  /** Signs checkpoints; see `loadAuditKey`. */
  readonly signer: AuditSigner;
  /** Checkpoint automatically once this many entries are unsigned; 0 turns that off. Default 100. */
  readonly checkpointEvery?: number;
  /** Mirror each new checkpoint into this file (usually `<data_dir>/audit-anchor.json`). */
  readonly anchorPath?: string;
  readonly now?: () => Date;
  /**
   * Receives a failed automatic checkpoint (the entry itself is stored by then). Without it the
   * append rejects, though its entry was written.
   */
  readonly onCheckpointError?: (error: unknown) => void;
}

/** Where an appended entry landed, and the checkpoint it triggered, if any. */
export interface AppendResult {
  readonly seq: number;
  readonly leafHash: string;
  readonly checkpoint?: AuditCheckpoint;
}

const DEFAULT_CHECKPOINT_EVERY = 100;
const LEAF_PAGE = 10_000;

/**
 * The tamper-evident audit log: appends entries under a cross-process lock, signs chained
 * checkpoints over their Merkle root, verifies the whole log and proves single entries.
 */
export class AuditLog {
  readonly #repository: AuditRepository;
  readonly #every: number;
  readonly #anchorPath: string | undefined;
  readonly #now: () => Date;
  readonly #onCheckpointError: ((error: unknown) => void) | undefined;
  /** Leaves this process has already hashed into a tree, so a checkpoint reads only new ones. */
  readonly #frontier = new MerkleFrontier();
  #signer: AuditSigner;

  constructor(options: AuditLogOptions) {
    const every = options.checkpointEvery ?? DEFAULT_CHECKPOINT_EVERY;
    if (!Number.isSafeInteger(every) || every < 0) throw new RangeError(`checkpointEvery must be a whole number ≥ 0, not ${every}`);
    this.#repository = options.repository;
    this.#signer = options.signer;
    this.#every = every;
    this.#anchorPath = options.anchorPath;
    this.#now = options.now ?? (() => new Date());
    this.#onCheckpointError = options.onCheckpointError;
  }

  /** An audit log over a store's database (the store must have run migration 0003). */
  static open(store: { readonly db: Kysely<any>; readonly dialect: StoreDialect }, options: Omit<AuditLogOptions, 'repository'>): AuditLog {
    return new AuditLog({ ...options, repository: createAuditRepository(store.db, store.dialect) });
  }

  /** Fingerprint of the key this log signs with. */
  get keyId(): string {
    return this.#signer.keyId;
  }

  /** Appends an entry; seqs are consecutive across every process sharing the database. */
  async append(input: AuditEntryInput): Promise<AppendResult> {
    validateEntryInput(input);
    const { entry, unsigned } = await this.#repository.locked(async (writer) => {
      const appended = await this.#insert(writer, input);
      const latest = await writer.latestCheckpoint();
      return { entry: appended, unsigned: appended.seq + 1 - (latest?.treeSize ?? 0) };
    });
    const result = { seq: entry.seq, leafHash: entry.leafHash };
    if (this.#every === 0 || unsigned < this.#every) return result;
    try {
      return { ...result, checkpoint: await this.#checkpoint({ minimumNew: this.#every }) };
    } catch (error) {
      if (!this.#onCheckpointError) throw error;
      this.#onCheckpointError(error);
      return result;
    }
  }

  /**
   * Refuses to go on with a key other than the one the log's checkpoints continue with, and on a
   * log with entries but no checkpoint signs one, so the first process to start fixes the key
   * for every other process sharing the database (gateways call this at start).
   */
  async claimSigningKey(): Promise<void> {
    const signed = await this.#repository.locked(async (writer) => {
      const latest = await writer.latestCheckpoint();
      if (latest) return this.#expectKey(latest);
      const size = await writer.appendedCount();
      return size > 0 ? this.#sign(writer, size, undefined, null) : undefined;
    });
    if (signed && this.#anchorPath) await writeAnchor(this.#anchorPath, signed);
  }

  /** Signs a checkpoint over every entry so far; returns the newest one when nothing is new. */
  async checkpoint(): Promise<AuditCheckpoint> {
    return (await this.#checkpoint({ minimumNew: 1 }))!;
  }

  /**
   * Hands signing over to `next`: appends an `audit.key.rotate` entry and signs a checkpoint with
   * the current key that names `next` as the key of every later checkpoint. Other processes must
   * then be restarted with the new key (docs/audit.md).
   */
  async rotateKey(next: AuditSigner, actor = 'cli'): Promise<AuditCheckpoint> {
    const current = this.#signer;
    if (next.keyId === current.keyId) throw new AuditError('invalid_key', 'the new audit key is the key already in use');
    const input = { actor, action: 'audit.key.rotate', target: next.keyId, details: { from: current.keyId, to: next.keyId } };
    const checkpoint = await this.#repository.locked(async (writer) => {
      const entry = await this.#insert(writer, input);
      return this.#sign(writer, entry.seq + 1, await writer.latestCheckpoint(), next.keyId);
    });
    this.#signer = next;
    if (this.#anchorPath) await writeAnchor(this.#anchorPath, checkpoint);
    return checkpoint;
  }

  /** Verifies the whole log; see `verifyAuditLog`. This log's key is trusted unless keys are given. */
  verify(options: AuditVerifyOptions = {}): Promise<AuditVerifyResult> {
    return verifyAuditLog(this.#repository, { trustedKeyIds: [this.#signer.keyId], ...options });
  }

  /** Inclusion proof of entry `seq` against the newest checkpoint. */
  proof(seq: number): Promise<AuditInclusionProof> {
    return buildInclusionProof(this.#repository, seq);
  }

  /** Consistency proof from a tree of `fromSize` entries to the newest checkpoint. */
  consistency(fromSize: number): Promise<AuditConsistencyProof> {
    return buildConsistencyProof(this.#repository, fromSize);
  }

  /** Entries newest first, optionally only one action's. */
  list(options: { limit?: number; before?: number; action?: string } = {}): Promise<ListedAuditEntry[]> {
    return listAuditEntries(this.#repository, options);
  }

  /** The newest checkpoint, if any. */
  latestCheckpoint(): Promise<AuditCheckpoint | undefined> {
    return this.#repository.latestCheckpoint();
  }

  async #insert(writer: AuditWriter, input: AuditEntryInput): Promise<AuditEntry & { leafHash: string }> {
    const seq = await writer.appendedCount();
    const { actor, action, target, details } = input;
    const entry: AuditEntry = { seq, ts: input.ts ?? this.#now().toISOString(), actor, action, target, details };
    const leafHash = entryLeafHash(entry);
    await writer.insertEntry({ seq, ts: entry.ts, actor, action, target, detailsJson: canonicalJson(details), leafHash });
    await writer.setAppendedCount(seq + 1);
    return { ...entry, leafHash };
  }

  /** Checkpoints when at least `minimumNew` entries are unsigned; otherwise returns the newest. */
  async #checkpoint({ minimumNew }: { minimumNew: number }): Promise<AuditCheckpoint | undefined> {
    const made = await this.#repository.locked(async (writer) => {
      const latest = await writer.latestCheckpoint();
      const size = await writer.appendedCount();
      if (latest && latest.treeSize > size) throw new AuditError('log_inconsistent', `the log records ${size} entries but a checkpoint covers ${latest.treeSize}; run verify`);
      // Another process may have checkpointed since the caller looked.
      if (latest && size - latest.treeSize < minimumNew) return { checkpoint: latest, fresh: false };
      return { checkpoint: await this.#sign(writer, size, latest, null), fresh: true };
    });
    if (made.fresh && this.#anchorPath) await writeAnchor(this.#anchorPath, made.checkpoint);
    return made.checkpoint;
  }

  #expectKey(latest: AuditCheckpoint): void {
    const expectedKey = latest.nextKeyId ?? latest.keyId;
    if (expectedKey !== this.#signer.keyId) {
      throw new AuditError(
        'wrong_signing_key',
        `this process signs with audit key ${short(this.#signer.keyId)}, but the log's checkpoints continue with key ${short(expectedKey)}: configure that key, or rotate to this one with the old key (docs/audit.md)`,
      );
    }
  }

  async #sign(writer: AuditWriter, size: number, latest: AuditCheckpoint | undefined, nextKeyId: string | null): Promise<AuditCheckpoint> {
    if (latest) this.#expectKey(latest);
    const rootHash = await this.#rootAt(writer, size, latest);
    const fields = { treeSize: size, rootHash, ts: this.#now().toISOString(), previousCheckpointHash: latest ? checkpointHash(latest) : null, nextKeyId };
    const checkpoint = signCheckpoint(fields, this.#signer);
    await writer.insertCheckpoint(checkpoint);
    return checkpoint;
  }

  /** Root of the first `size` entries, reading only leaves this process has not seen yet. */
  async #rootAt(writer: AuditWriter, size: number, latest: AuditCheckpoint | undefined): Promise<string> {
    const frontier = this.#frontier;
    if (frontier.size > size) throw new AuditError('log_inconsistent', `the log shrank below ${frontier.size} entries; run verify`);
    while (frontier.size < size) {
      const rows = await writer.leafHashes(frontier.size, Math.min(size, frontier.size + LEAF_PAGE));
      if (rows.length === 0) throw new AuditError('log_inconsistent', `entry ${frontier.size} is missing; run verify`);
      for (const row of rows) {
        if (row.seq !== frontier.size) throw new AuditError('log_inconsistent', `entry ${frontier.size} is missing; run verify`);
        frontier.append(fromHex(row.leafHash));
        // Never sign on top of history that no longer matches the previous signature.
        if (latest && frontier.size === latest.treeSize && toHex(frontier.root()) !== latest.rootHash) {
          throw new AuditError('log_inconsistent', `entries before seq ${latest.treeSize} no longer match the checkpoint that signed them; run verify`);
        }
      }
    }
    return toHex(frontier.root());
  }
}
