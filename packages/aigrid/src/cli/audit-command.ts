import { join } from 'node:path';
import type { Command } from 'commander';
import { entryRow, formatCheckpoint, formatProof, formatVerified } from '../audit/audit-format.js';
import {
  AUDIT_ANCHOR_FILE,
  AUDIT_KEY_FILE,
  buildInclusionProof,
  createAuditRepository,
  listAuditEntries,
  loadAuditKey,
  openAuditLog,
  readCheckpointFile,
  verifyAuditLog,
  type AuditCheckpoint,
  type AuditRepository,
} from '../audit/index.js';
import type { GatewayConfig } from '../config/config-types.js';
import { openStore, type Store } from '../store/open-store.js';
import { CliError, configFromFlags, formatTable, UsageError, type ConfigFlags } from './cli-support.js';

interface AuditFlags extends ConfigFlags {
  auditKey?: string;
  json?: boolean;
}

interface AuditContext {
  readonly config: GatewayConfig;
  readonly store: Store;
  readonly repository: AuditRepository;
}

async function withAudit<T>(flags: AuditFlags, run: (context: AuditContext) => Promise<T>): Promise<T> {
  const config = await configFromFlags(flags);
  const store = await openStore(config.database);
  try {
    return await run({ config, store, repository: createAuditRepository(store.db, store.dialect) });
  } finally {
    await store.close();
  }
}

/** The signing log, for commands that checkpoint; the key is generated on first use like the gateway's. */
const openLog = (context: AuditContext, flags: AuditFlags) =>
  openAuditLog({ store: context.store, dataDir: context.config.dataDir, keyPath: flags.auditKey, env: process.env });

const print = (text: string) => void process.stdout.write(`${text}\n`);
const collect = (value: string, previous: string[]) => [...previous, value];

function wholeNumber(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) throw new UsageError(`${flag} must be a whole number ≥ 0, not '${value}'.`);
  return Number(value);
}

const common = (command: Command) =>
  command
    .option('-c, --config <file>', 'config file')
    .option('--database <url>', 'database URL (overrides the config)')
    .option('--audit-key <file>', 'Ed25519 private key PEM (default: $AIGRID_AUDIT_KEY, then <data_dir>/audit-ed25519.pem)')
    .option('--json', 'print JSON');

/** `aigrid audit verify|proof|list|checkpoint|rotate-key`: the tamper-evident audit log. */
export function registerAudit(program: Command): void {
  const audit = program.command('audit').description('verify, prove and list the tamper-evident audit log');

  common(audit.command('verify').description('recompute every hash, root and signature; exit 1 at the first bad entry'))
    .option('--pin <file>', 'checkpoint JSON the log must still extend (default: <data_dir>/audit-anchor.json)')
    .option('--no-anchor', 'do not use <data_dir>/audit-anchor.json as the pin')
    .option('--expect-size <n>', 'the log must hold at least this many entries')
    .option('--trusted-key <id>', 'key id (fingerprint) trusted to sign checkpoints (repeatable)', collect, [])
    .action(async (flags: AuditFlags & { pin?: string; anchor: boolean; expectSize?: string; trustedKey: string[] }) => {
      const expectSize = wholeNumber(flags.expectSize, '--expect-size');
      await withAudit(flags, async (context) => {
        const pinned = await loadPin(flags, context.config.dataDir);
        const key = await loadAuditKey({ dataDir: context.config.dataDir, keyPath: flags.auditKey, env: process.env, create: false });
        const trustedKeyIds = [...flags.trustedKey, ...(key ? [key.signer.keyId] : [])];
        const result = await verifyAuditLog(context.repository, { pinned, expectSize, trustedKeyIds });
        if (flags.json) {
          print(JSON.stringify({ ...result, pinnedSize: pinned?.treeSize ?? null }));
          if (!result.ok) process.exitCode = 1;
          return;
        }
        if (!result.ok) throw new CliError(`audit log verification FAILED at entry ${result.firstBadSeq}: ${result.reason}`);
        print(formatVerified(result, pinned?.treeSize));
      });
    });

  common(audit.command('proof').description('print the inclusion proof of one entry against the newest checkpoint').argument('<seq>', 'entry number'))
    .option('--checkpoint', 'sign a checkpoint first if none covers the entry yet')
    .action(async (seqText: string, flags: AuditFlags & { checkpoint?: boolean }) => {
      const seq = wholeNumber(seqText, '<seq>')!;
      await withAudit(flags, async (context) => {
        const size = await context.repository.appendedCount();
        if (seq >= size) {
          throw new CliError(size === 0 ? `No audit entry ${seq}: the audit log is empty.` : `No audit entry ${seq}: the log holds entries 0 to ${size - 1} (\`aigrid audit list\` shows them).`);
        }
        const newest = await context.repository.latestCheckpoint();
        if ((newest?.treeSize ?? 0) <= seq) {
          if (!flags.checkpoint) {
            const covered = newest ? `the newest covers entries 0 to ${newest.treeSize - 1}` : 'there is none yet';
            throw new CliError(`Entry ${seq} is not covered by a checkpoint (${covered}): run \`aigrid audit checkpoint\` first, or add --checkpoint.`);
          }
          await (await openLog(context, flags)).checkpoint();
        }
        const proof = await buildInclusionProof(context.repository, seq);
        print(flags.json ? JSON.stringify(proof) : formatProof(proof));
      });
    });

  common(audit.command('list').description('list entries, newest first'))
    .option('--limit <n>', 'how many entries (default 50, at most 1000)')
    .option('--before <seq>', 'only entries before this seq (for paging)')
    .action(async (flags: AuditFlags & { limit?: string; before?: string }) => {
      const limit = wholeNumber(flags.limit, '--limit');
      const before = wholeNumber(flags.before, '--before');
      await withAudit(flags, async (context) => {
        const entries = await listAuditEntries(context.repository, { limit, before });
        if (flags.json) return print(JSON.stringify(entries));
        print(entries.length === 0 ? 'The audit log is empty.' : formatTable(['SEQ', 'TIME', 'ACTOR', 'ACTION', 'TARGET', 'DETAILS'], entries.map(entryRow)));
      });
    });

  common(audit.command('checkpoint').description('sign a checkpoint over every entry now (and update the anchor file)'))
    .action(async (flags: AuditFlags) => {
      await withAudit(flags, async (context) => {
        const checkpoint = await (await openLog(context, flags)).checkpoint();
        print(flags.json ? JSON.stringify(checkpoint) : formatCheckpoint(checkpoint));
      });
    });

  common(audit.command('rotate-key').description('hand checkpoint signing over to a new key, signed by the current one'))
    .requiredOption('--new-key <file>', 'the new Ed25519 private key PEM')
    .action(async (flags: AuditFlags & { newKey: string }) => {
      await withAudit(flags, async (context) => {
        const next = await loadAuditKey({ dataDir: context.config.dataDir, keyPath: flags.newKey, create: false });
        const checkpoint = await (await openLog(context, flags)).rotateKey(next!.signer, 'cli');
        if (flags.json) return print(JSON.stringify(checkpoint));
        print(formatCheckpoint(checkpoint));
        print(`Every process must now sign with ${flags.newKey}: set --audit-key or $AIGRID_AUDIT_KEY, or replace ${join(context.config.dataDir, AUDIT_KEY_FILE)}, and restart.`);
      });
    });
}

/** The explicit pin, else the anchor file when present (unless --no-anchor). */
async function loadPin(flags: { pin?: string; anchor: boolean }, dataDir: string): Promise<AuditCheckpoint | undefined> {
  if (flags.pin) {
    const pinned = await readCheckpointFile(flags.pin);
    if (!pinned) throw new CliError(`No pinned checkpoint file '${flags.pin}'.`);
    return pinned;
  }
  return flags.anchor ? readCheckpointFile(join(dataDir, AUDIT_ANCHOR_FILE)) : undefined;
}
