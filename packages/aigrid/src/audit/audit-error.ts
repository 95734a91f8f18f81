/** Why an audit operation was refused. */
export type AuditErrorCode =
  | 'invalid_entry'
  | 'not_checkpointed'
  | 'entry_not_found'
  | 'log_inconsistent'
  | 'wrong_signing_key'
  | 'invalid_key'
  | 'invalid_checkpoint';

/** A refused audit operation; `code` says why, the message says what to do. */
export class AuditError extends Error {
  constructor(
    readonly code: AuditErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AuditError';
  }
}
