import { BUILTIN_DETECTOR_IDS, BUILTIN_DETECTORS } from './builtin-detectors.js';
import { compileDictionary, compilePattern, type DictionarySpec, type PatternSpec } from './custom-detectors.js';
import { dataUrlRanges } from './data-url-ranges.js';
import { FINDING_SCORE, type Detector, type GuardCategory, type GuardSpan } from './guard-types.js';
import { forEachText, type ClassifiableInput, type TextPath } from './request-texts.js';
import { resolveOverlaps } from './span-overlap.js';
import { measureText } from './text-features.js';
import { normalizeForScan } from './text-normalization.js';

/** Classifier configuration; compiled once by `createClassifier`. */
export interface ClassifierOptions {
  readonly patterns?: readonly PatternSpec[];
  readonly dictionaries?: readonly DictionarySpec[];
  /** Built-in detector ids to enable (see BUILTIN_DETECTOR_IDS); default all. `[]` keeps only user ones. */
  readonly detectors?: readonly string[];
}

/** How many spans of one type a request holds. Never the values. */
export interface GuardFinding {
  readonly type: string;
  readonly category: GuardCategory;
  readonly count: number;
}

/** The spans found in one text of the input, for redaction. */
export interface TextSpans {
  readonly path: TextPath;
  /** Sorted and disjoint. */
  readonly spans: readonly GuardSpan[];
}

/** What `classify` returns. */
export interface GuardResult {
  readonly sensitive: boolean;
  /** One entry per type found, sorted by type. */
  readonly findings: readonly GuardFinding[];
  readonly spans: readonly TextSpans[];
  /**
   * Candidates that scored near, but below, their detector's threshold (see GuardSpan.score), one
   * entry per type, sorted by type. Not redacted; a policy may keep such requests local.
   */
  readonly uncertain: readonly GuardFinding[];
}

/** A compiled classifier: immutable, safe to share across requests. */
export interface Classifier {
  /** Enabled detector ids, built-in then user-defined. */
  readonly detectorIds: readonly string[];
  /** Scans every model-visible text of a request (see forEachText). */
  classify(input: ClassifiableInput): GuardResult;
  /** Scans one text: sorted, disjoint spans (findings only). */
  scanText(text: string): GuardSpan[];
  /** Scans one text: its findings and, apart, the candidates that scored below FINDING_SCORE. */
  scanDetailed(text: string): { readonly spans: readonly GuardSpan[]; readonly uncertain: readonly GuardSpan[] };
}

function selectBuiltins(ids: readonly string[] | undefined): Detector[] {
  if (ids === undefined) return [...BUILTIN_DETECTORS];
  for (const id of ids) {
    if (!BUILTIN_DETECTOR_IDS.includes(id)) {
      throw new Error(`guard detector "${id}" is unknown; known detectors: ${BUILTIN_DETECTOR_IDS.join(', ')}`);
    }
  }
  return BUILTIN_DETECTORS.filter((detector) => ids.includes(detector.id));
}

function compileDetectors(options: ClassifierOptions): Detector[] {
  const detectors = selectBuiltins(options.detectors);
  const custom = [...(options.patterns ?? []).map(compilePattern), ...(options.dictionaries ?? []).map(compileDictionary)];
  const taken = new Set<string>(BUILTIN_DETECTOR_IDS);
  for (const detector of custom) {
    if (taken.has(detector.id)) throw new Error(`guard pattern or dictionary name "${detector.id}" is already used`);
    taken.add(detector.id);
  }
  return [...detectors, ...custom];
}

/** Blanks out `[start, end)` ranges with spaces, keeping every other offset where it was. */
function blankRanges(text: string, ranges: ReadonlyArray<readonly [number, number]>): string {
  let result = '';
  let copied = 0;
  for (const [start, end] of ranges) {
    result += text.slice(copied, start) + ' '.repeat(end - start);
    copied = end;
  }
  return result + text.slice(copied);
}

/** One text's findings (sorted, disjoint) and the candidates that scored below FINDING_SCORE. */
interface TextScan {
  readonly spans: GuardSpan[];
  readonly uncertain: GuardSpan[];
}

const NOTHING: TextScan = Object.freeze({ spans: [], uncertain: [] }) as TextScan;

function scanWith(detectors: readonly Detector[], original: string): TextScan {
  if (original.length === 0) return NOTHING;
  const normalized = normalizeForScan(original);
  // Base64 data URLs (pasted images, files) are blanked first: their payload is not prose, any
  // "finding" in it is noise, and scanning megabytes of base64 would cost the most of all.
  const dataUrls = dataUrlRanges(normalized.text);
  const text = dataUrls.length === 0 ? normalized.text : blankRanges(normalized.text, dataUrls);
  const features = measureText(text);
  const found: GuardSpan[] = [];
  const priorities: number[] = [];
  for (let index = 0; index < detectors.length; index++) {
    if (!detectors[index].mayMatch(text, features)) continue;
    const before = found.length;
    detectors[index].detect(text, found, features);
    for (let added = before; added < found.length; added++) priorities.push(index);
  }
  if (found.length === 0) return NOTHING;
  let sure = found;
  let sureOrder = priorities;
  let doubtful: GuardSpan[] = [];
  if (found.some((span) => span.score !== undefined && span.score < FINDING_SCORE)) {
    sure = [];
    sureOrder = [];
    found.forEach((span, index) => {
      if (span.score !== undefined && span.score < FINDING_SCORE) doubtful.push(span);
      else {
        sure.push(span);
        sureOrder.push(priorities[index]);
      }
    });
  }
  const spans = resolveOverlaps(sure, sureOrder);
  // A doubtful candidate inside a finding adds nothing: the finding already decides.
  if (doubtful.length > 0 && spans.length > 0) doubtful = doubtful.filter((candidate) => !spans.some((span) => span.start < candidate.end && candidate.start < span.end));
  if (!normalized.moved) return { spans, uncertain: doubtful };
  const back = (span: GuardSpan): GuardSpan => {
    const [start, end] = normalized.toOriginal(span.start, span.end);
    return { ...span, start, end };
  };
  return { spans: spans.map(back), uncertain: doubtful.map(back) };
}

function countByType(spans: readonly GuardSpan[], counts: Map<string, { category: GuardCategory; count: number }>): void {
  for (const span of spans) {
    const entry = counts.get(span.type);
    if (entry === undefined) counts.set(span.type, { category: span.category, count: 1 });
    else entry.count++;
  }
}

const sortedFindings = (counts: Map<string, { category: GuardCategory; count: number }>): GuardFinding[] =>
  [...counts].map(([type, entry]) => ({ type, ...entry })).sort((a, b) => (a.type < b.type ? -1 : 1));

/**
 * Compiles built-in and user detectors once. Throws an Error (with the offending name) for an
 * unknown detector id, an invalid user regex or name, an empty dictionary, or a duplicate name.
 */
export function createClassifier(options: ClassifierOptions = {}): Classifier {
  const detectors = Object.freeze(compileDetectors(options));
  const scan = (text: string) => scanWith(detectors, text);
  return Object.freeze({
    detectorIds: Object.freeze(detectors.map((detector) => detector.id)),
    scanText: (text: string) => scan(text).spans,
    scanDetailed: scan,
    classify(input: ClassifiableInput): GuardResult {
      const spans: TextSpans[] = [];
      const counts = new Map<string, { category: GuardCategory; count: number }>();
      const doubtful = new Map<string, { category: GuardCategory; count: number }>();
      forEachText(input, (text, path) => {
        const found = scan(text);
        if (found.uncertain.length > 0) countByType(found.uncertain, doubtful);
        if (found.spans.length === 0) return;
        spans.push({ path, spans: found.spans });
        countByType(found.spans, counts);
      });
      const findings = counts.size === 0 ? [] : sortedFindings(counts);
      return { sensitive: findings.length > 0, findings, spans, uncertain: doubtful.size === 0 ? [] : sortedFindings(doubtful) };
    },
  });
}
