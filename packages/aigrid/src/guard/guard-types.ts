/** Which family a finding belongs to: policies usually treat secrets more strictly than personal data. */
export type GuardCategory = 'pii' | 'secret' | 'custom';

/**
 * One sensitive span in one text. It carries positions and value-free metadata (a card brand, an
 * IBAN country, a key's provider), never the matched value itself.
 */
export interface GuardSpan {
  /** Detector type, e.g. `credit_card`, `email`, `api_key`, or a user pattern's name. */
  readonly type: string;
  readonly category: GuardCategory;
  /** UTF-16 offsets into the text, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly meta?: Readonly<Record<string, string>>;
  /**
   * Confidence in [0, 1] for detectors that weigh evidence (context words, gazetteers, entropy);
   * absent means certain (a checksum or an unambiguous format). A span scoring below
   * `FINDING_SCORE` is not a finding: it is reported as uncertain and never redacted.
   */
  readonly score?: number;
}

/** Spans scoring at least this are findings; below it, uncertain candidates. */
export const FINDING_SCORE = 0.5;

/** Facts measured once per text and shared by the detectors' pre-checks. */
export interface TextFeatures {
  /**
   * Digits in the longest number-like cluster: digit groups joined by at most two of
   * `space . / ( ) + -` ("+1 (415) 555-2671" counts 11, "2024-03-15 10:30" counts 8). Exact from
   * six digits up; below that it reads 5 (an upper bound), which is all a pre-check needs.
   */
  readonly longestNumber: number;
  /** Every such cluster of six digits or more, in order: where numeric detectors can match. */
  readonly clusters: readonly NumberCluster[];
  /**
   * The text within 48 characters of each cluster, windows joined by "\n" (empty without
   * clusters). A regex that can only match around a cluster may be tried here instead of on the
   * whole text, as a pre-check; offsets differ from the text's.
   */
  readonly numberWindows: string;
}

/** A run of digits joined by at most two of `space . / ( ) + -` (see TextFeatures.longestNumber). */
export interface NumberCluster {
  /** Its first digit. */
  readonly start: number;
  /** Right after its last digit. */
  readonly end: number;
  readonly digits: number;
}

/** A detector: a cheap pre-check and a scan that appends spans. Stateless; safe to share. */
export interface Detector {
  /** Name used to enable it in `createClassifier({ detectors })`. */
  readonly id: string;
  /** Span types it can emit (placeholders and findings use them). */
  readonly types: readonly string[];
  readonly category: GuardCategory;
  /**
   * A necessary condition, cheaper than `detect`: false means `detect` would find nothing. One
   * native search that allocates nothing: String#includes, or `.test` on a non-global regex
   * (often the detector's own candidate regex, which stops at the first candidate).
   */
  mayMatch(text: string, features: TextFeatures): boolean;
  /** Appends every span found in `text` to `out` (overlaps are resolved by the caller). */
  detect(text: string, out: GuardSpan[], features: TextFeatures): void;
}
