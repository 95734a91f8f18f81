import type { PendingIssue } from './config-error.js';

/** An issue whose path is relative to the block that produced it; `warning` ones do not fail the load. */
export type BlockIssue = Omit<PendingIssue, 'occurrence'> & { readonly warning?: boolean };
