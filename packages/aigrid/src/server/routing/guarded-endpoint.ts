import type { PolicyConfig, TenantConfig } from '../../config/config-types.js';
import type { ClassifiableInput, GuardResult, Redaction } from '../../guard/guard.js';
import type { RoutePlan } from '../../router/index.js';

/**
 * How admission counts input: `bound` (UTF-8 bytes, no tokenizer: never below the count, so a
 * reservation made with it cannot let a budget be overrun) or `exact` (the tokenizer's estimate).
 */
export type InputCounting = 'bound' | 'exact';

/** What admission reserves for a request: its estimated tokens and worst-case cost in micro-USD. */
export interface AdmissionCost {
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly micros: number;
}

/** A redacted request, and the redaction when the answer needs values put back. */
export interface RedactedRequest<R> {
  readonly request: R;
  readonly redaction?: Redaction<unknown>;
}

/**
 * What the guarded stage needs to know about one kind of endpoint (chat, embeddings, …): where its
 * text is, how to redact it and what it may cost. One constant per endpoint kind, so the stage
 * allocates nothing for it per request. A new text-carrying endpoint writes one of these and
 * calls `guardPlan`; the router executes nothing else.
 */
export interface GuardedEndpoint<R, C extends ClassifiableInput = ClassifiableInput> {
  /** As messages and the audit log name it: `chat`, `embeddings`. */
  readonly name: string;
  /**
   * The text the guard scans under `policy`. May throw a GridError when the input cannot be
   * scanned (token ids that do not decode): a request is refused rather than sent unscanned.
   */
  classifiable(request: R, policy: PolicyConfig): C;
  /** Why `input` cannot be redacted, when it cannot (token ids); the request is refused then. */
  unredactable?(input: C): string | undefined;
  /** The request with the spans of `result` (found in `input`) replaced by placeholders. */
  redact(request: R, input: C, result: GuardResult): RedactedRequest<R>;
  /** The request's input tokens, bounded without a tokenizer or counted with one. */
  inputTokens(request: R, counting: InputCounting): number;
  /** Worst-case cost for `inputTokens` at the dearest deployment of `plan`, at the prices `tenant` pays. */
  admissionCost(request: R, plan: RoutePlan, tenant: TenantConfig | undefined, inputTokens: number): AdmissionCost;
  /** The end user the request names, for per-user limits. */
  user(request: R): string | undefined;
}
