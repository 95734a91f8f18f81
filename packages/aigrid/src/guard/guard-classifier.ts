import { BUILTIN_DETECTOR_IDS, BUILTIN_DETECTORS } from './builtin-detectors.js';
import { compileDictionary, compilePattern, type DictionarySpec, type PatternSpec } from './custom-detectors.js';
import { dataUrlRanges } from './data-url-ranges.js';
import type { Detector, GuardCategory, GuardSpan } from './guard-types.js';
import { forEachText, type ClassifiableInput, type TextPath } from './request-texts.js';
import { resolveOverlaps } from './span-overlap.js';
import { measureText } from './text-features.js';

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
}

/** A compiled classifier: immutable, safe to share across requests. */
export interface Classifier {
  /** Enabled detector ids, built-in then user-defined. */
  readonly detectorIds: readonly string[];
  /** Scans every model-visible text of a request (see forEachText). */
  classify(input: ClassifiableInput): GuardResult;
  /** Scans one text: sorted, disjoint spans. */
  scanText(text: string): GuardSpan[];
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

function scanWith(detectors: readonly Detector[], original: string): GuardSpan[] {
  if (original.length === 0) return [];
  // Base64 data URLs (pasted images, files) are blanked first: their payload is not prose, any
  // "finding" in it is noise, and scanning megabytes of base64 would cost the most of all.
  const dataUrls = dataUrlRanges(original);
  const text = dataUrls.length === 0 ? original : blankRanges(original, dataUrls);
  const features = measureText(text);
  const spans: GuardSpan[] = [];
  const priorities: number[] = [];
  for (let index = 0; index < detectors.length; index++) {
    if (!detectors[index].mayMatch(text, features)) continue;
    const before = spans.length;
    detectors[index].detect(text, spans);
    for (let added = before; added < spans.length; added++) priorities.push(index);
  }
  return resolveOverlaps(spans, priorities);
}

/**
 * Compiles built-in and user detectors once. Throws an Error (with the offending name) for an
 * unknown detector id, an invalid user regex or name, an empty dictionary, or a duplicate name.
 */
export function createClassifier(options: ClassifierOptions = {}): Classifier {
  const detectors = Object.freeze(compileDetectors(options));
  const scanText = (text: string) => scanWith(detectors, text);
  return Object.freeze({
    detectorIds: Object.freeze(detectors.map((detector) => detector.id)),
    scanText,
    classify(input: ClassifiableInput): GuardResult {
      const spans: TextSpans[] = [];
      const counts = new Map<string, { category: GuardCategory; count: number }>();
      forEachText(input, (text, path) => {
        const found = scanText(text);
        if (found.length === 0) return;
        spans.push({ path, spans: found });
        for (const span of found) {
          const entry = counts.get(span.type);
          if (entry === undefined) counts.set(span.type, { category: span.category, count: 1 });
          else entry.count++;
        }
      });
      const findings = [...counts].map(([type, entry]) => ({ type, ...entry })).sort((a, b) => (a.type < b.type ? -1 : 1));
      return { sensitive: findings.length > 0, findings, spans };
    },
  });
}
