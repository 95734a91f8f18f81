// The tamper-evident audit log: what the gateway, the CLI and the admin API import.
export { AUDIT_ANCHOR_FILE, readCheckpointFile, writeAnchor } from './audit-anchor.js';
export { checkCheckpointChain, type VerifyFailure } from './audit-chain-check.js';
export { checkpointHash, checkpointSigningBytes, parseCheckpoint, signCheckpoint, type AuditCheckpoint } from './audit-checkpoint.js';
export { AUDIT_ACTIONS, entryLeafHash, type AuditEntry, type AuditEntryInput } from './audit-entry.js';
export { AuditError, type AuditErrorCode } from './audit-error.js';
export { generateAuditKey, parsePrivateKey, publicKeyFingerprint, publicKeyFromPem, signerFromPrivateKey, type AuditSigner } from './audit-key-material.js';
export { listAuditEntries, type ListedAuditEntry } from './audit-listing.js';
export { AuditLog, type AppendResult, type AuditLogOptions } from './audit-log.js';
export {
  buildConsistencyProof,
  buildInclusionProof,
  verifyAuditConsistency,
  verifyAuditProof,
  type AuditConsistencyProof,
  type AuditInclusionProof,
  type ProofCheck,
} from './audit-proof.js';
export { createAuditRepository, type AuditReader, type AuditRepository } from './audit-repository.js';
export { openAuditLog, type OpenAuditLogOptions } from './audit-setup.js';
export { AUDIT_KEY_ENV, AUDIT_KEY_FILE, generateKeyFile, loadAuditKey, type LoadedAuditKey } from './audit-signing-key.js';
export { verifyAuditLog, type AuditVerifyOptions, type AuditVerifyResult } from './audit-verifier.js';
export { verifyConsistency, verifyInclusion } from './merkle-verify.js';
