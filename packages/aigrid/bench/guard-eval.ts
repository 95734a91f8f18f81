import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildGuardCorpus, type CorpusLabel, type CorpusPrompt, DEFAULT_SEED } from './guard-corpus/corpus-builder.js';
import { CONTEXTUAL_TYPES, isNational, isSecret, LABEL_TYPES, STRUCTURED_TYPES } from './guard-corpus/label-types.js';

/*
 * Scores a guard classifier against the held-out corpus in bench/guard-corpus/: recall per label
 * type, per group, per language and per format, the false-positive rate on negatives, and spans on
 * positives that touch no label. Run with
 *   node --import tsx bench/guard-eval.ts
 * from packages/aigrid; it prints a markdown summary and writes bench/results/guard-eval.json.
 */

export interface Span {
  readonly type: string;
  readonly start: number;
  readonly end: number;
}

export interface SpanClassifier {
  scanText(text: string): ReadonlyArray<Span>;
}

export interface Score {
  labels: number;
  found: number;
  recall: number;
}

export interface SliceScore extends Score {
  negatives: number;
  falsePositives: number;
  falsePositiveRate: number;
}

export interface Miss {
  readonly id: string;
  readonly type: string;
  readonly value: string;
  /** Types of the spans that touched the value, if any. */
  readonly touchedBy: string[];
  readonly excerpt: string;
}

export interface FalsePositive {
  readonly id: string;
  readonly spans: Array<{ type: string; text: string }>;
  readonly excerpt: string;
}

export interface GuardEvaluation {
  readonly counts: { positives: number; negatives: number; labels: number };
  readonly perType: Record<string, Score>;
  readonly perGroup: Record<'structured' | 'contextual' | 'all', Score>;
  readonly perLanguage: Record<string, SliceScore>;
  readonly perFormat: Record<string, SliceScore>;
  readonly falsePositives: { prompts: number; rate: number; spansByType: Record<string, number> };
  /** Spans in positives that overlap no label. */
  readonly extraSpans: { total: number; byType: Record<string, number> };
  readonly misses: Miss[];
  readonly falsePositiveExamples: FalsePositive[];
  readonly scanMs: number;
}

const EXAMPLES = 200;

/** Span types that count as finding a label of the given type. */
export function acceptedTypes(type: string): (spanType: string) => boolean {
  if (isNational(type) || type === 'id_document') return (s) => s === type || isNational(s) || s === 'id_document';
  if (isSecret(type)) return (s) => isSecret(s);
  return (s) => s === type;
}

/** Found when every letter and digit of the value lies inside spans of an accepted type. */
export function isFound(text: string, label: CorpusLabel, spans: ReadonlyArray<Span>): boolean {
  const accepts = acceptedTypes(label.type);
  const covering = spans.filter((s) => accepts(s.type) && s.start < label.end && s.end > label.start);
  for (let i = label.start; i < label.end; i++) {
    if (!/[\p{L}\p{N}]/u.test(text[i])) continue;
    if (!covering.some((s) => s.start <= i && s.end > i)) return false;
  }
  return true;
}

const score = (labels: number, found: number): Score => ({ labels, found, recall: labels === 0 ? 0 : found / labels });

function excerpt(text: string, start: number, end: number, width = 50): string {
  const from = Math.max(0, start - width);
  const to = Math.min(text.length, end + width);
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`.replace(/\r?\n/g, '⏎');
}

function tally(map: Map<string, [number, number, number, number]>, key: string, labels: number, found: number, negatives: number, fps: number): void {
  const row = map.get(key) ?? [0, 0, 0, 0];
  map.set(key, [row[0] + labels, row[1] + found, row[2] + negatives, row[3] + fps]);
}

function slices(map: Map<string, [number, number, number, number]>): Record<string, SliceScore> {
  const out: Record<string, SliceScore> = {};
  for (const [key, [labels, found, negatives, fps]] of [...map.entries()].sort()) {
    out[key] = { ...score(labels, found), negatives, falsePositives: fps, falsePositiveRate: negatives === 0 ? 0 : fps / negatives };
  }
  return out;
}

export function evaluateGuard(classifier: SpanClassifier, corpus = buildGuardCorpus()): GuardEvaluation {
  const perType = new Map<string, [number, number]>(LABEL_TYPES.map((t) => [t, [0, 0]]));
  const byLanguage = new Map<string, [number, number, number, number]>();
  const byFormat = new Map<string, [number, number, number, number]>();
  const extraByType: Record<string, number> = {};
  const fpByType: Record<string, number> = {};
  const misses: Miss[] = [];
  const fpExamples: FalsePositive[] = [];
  let extraTotal = 0;
  let fpPrompts = 0;
  let labelsTotal = 0;
  const started = performance.now();

  const positive = (prompt: CorpusPrompt) => {
    const spans = classifier.scanText(prompt.text);
    let found = 0;
    for (const label of prompt.labels) {
      const hit = isFound(prompt.text, label, spans);
      const row = perType.get(label.type) ?? [0, 0];
      perType.set(label.type, [row[0] + 1, row[1] + (hit ? 1 : 0)]);
      if (hit) found++;
      else if (misses.length < EXAMPLES) {
        const touchedBy = [...new Set(spans.filter((s) => s.start < label.end && s.end > label.start).map((s) => s.type))];
        misses.push({ id: prompt.id, type: label.type, value: prompt.text.slice(label.start, label.end), touchedBy, excerpt: excerpt(prompt.text, label.start, label.end) });
      }
    }
    labelsTotal += prompt.labels.length;
    tally(byLanguage, prompt.language, prompt.labels.length, found, 0, 0);
    tally(byFormat, prompt.format, prompt.labels.length, found, 0, 0);
    for (const span of spans) {
      if (prompt.labels.some((l) => span.start < l.end && span.end > l.start)) continue;
      extraTotal++;
      extraByType[span.type] = (extraByType[span.type] ?? 0) + 1;
    }
  };

  const negative = (prompt: CorpusPrompt) => {
    const spans = classifier.scanText(prompt.text);
    const flagged = spans.length > 0;
    if (flagged) {
      fpPrompts++;
      for (const span of spans) fpByType[span.type] = (fpByType[span.type] ?? 0) + 1;
      if (fpExamples.length < EXAMPLES) {
        fpExamples.push({
          id: prompt.id,
          spans: spans.map((s) => ({ type: s.type, text: prompt.text.slice(s.start, s.end) })),
          excerpt: excerpt(prompt.text, spans[0].start, spans[0].end),
        });
      }
    }
    tally(byLanguage, prompt.language, 0, 0, 1, flagged ? 1 : 0);
    tally(byFormat, prompt.format, 0, 0, 1, flagged ? 1 : 0);
  };

  corpus.positives.forEach(positive);
  corpus.negatives.forEach(negative);

  const typeScores: Record<string, Score> = {};
  for (const [type, [labels, found]] of perType) typeScores[type] = score(labels, found);
  const group = (types: readonly string[]) => {
    const [labels, found] = types.reduce(([l, f], t) => [l + typeScores[t].labels, f + typeScores[t].found], [0, 0]);
    return score(labels, found);
  };
  return {
    counts: { positives: corpus.positives.length, negatives: corpus.negatives.length, labels: labelsTotal },
    perType: typeScores,
    perGroup: { structured: group(STRUCTURED_TYPES), contextual: group(CONTEXTUAL_TYPES), all: group(LABEL_TYPES) },
    perLanguage: slices(byLanguage),
    perFormat: slices(byFormat),
    falsePositives: { prompts: fpPrompts, rate: corpus.negatives.length === 0 ? 0 : fpPrompts / corpus.negatives.length, spansByType: fpByType },
    extraSpans: { total: extraTotal, byType: extraByType },
    misses,
    falsePositiveExamples: fpExamples,
    scanMs: Math.round(performance.now() - started),
  };
}

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
const byCount = (record: Record<string, number>) =>
  Object.entries(record).sort((a, b) => b[1] - a[1]).map(([type, n]) => `${type} ${n}`).join(', ') || 'none';

export function formatEvaluation(result: GuardEvaluation, seed: number, shown = 30): string {
  const lines = [
    `## Guard evaluation — held-out corpus (seed ${seed})`,
    '',
    `${result.counts.positives} positive prompts with ${result.counts.labels} labels, ${result.counts.negatives} negative prompts; scanned in ${result.scanMs} ms.`,
    '',
    '| type | labels | found | recall |',
    '| --- | ---: | ---: | ---: |',
    ...Object.entries(result.perType).map(([type, s]) => `| ${type} | ${s.labels} | ${s.found} | ${pct(s.recall)} |`),
    ...Object.entries(result.perGroup).map(([name, s]) => `| **${name}** | ${s.labels} | ${s.found} | **${pct(s.recall)}** |`),
    '',
    `**False-positive rate:** ${pct(result.falsePositives.rate)} (${result.falsePositives.prompts} of ${result.counts.negatives} negatives flagged; spans: ${byCount(result.falsePositives.spansByType)})`,
    '',
    `**Extra spans on positives** (overlapping no label): ${result.extraSpans.total} (${byCount(result.extraSpans.byType)})`,
    '',
    '| language | recall | FP rate |',
    '| --- | ---: | ---: |',
    ...Object.entries(result.perLanguage).map(([key, s]) => `| ${key} | ${pct(s.recall)} | ${pct(s.falsePositiveRate)} |`),
    '',
    '| format | recall | FP rate |',
    '| --- | ---: | ---: |',
    ...Object.entries(result.perFormat).map(([key, s]) => `| ${key} | ${pct(s.recall)} | ${pct(s.falsePositiveRate)} |`),
    '',
    `### First ${shown} misses`,
    '',
    ...result.misses.slice(0, shown).map((m) => `- \`${m.id}\` **${m.type}** ${JSON.stringify(m.value.slice(0, 60))}${m.touchedBy.length ? ` (touched by ${m.touchedBy.join(', ')})` : ''} — ${m.excerpt.slice(0, 140)}`),
    '',
    `### First ${shown} false positives`,
    '',
    ...result.falsePositiveExamples.slice(0, shown).map((f) => `- \`${f.id}\` ${f.spans.map((s) => `**${s.type}** ${JSON.stringify(s.text.slice(0, 40))}`).join(', ')} — ${f.excerpt.slice(0, 140)}`),
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { createClassifier } = await import('../src/guard/guard.js');
  const seed = DEFAULT_SEED;
  const result = evaluateGuard(createClassifier(), buildGuardCorpus(seed));
  console.log(formatEvaluation(result, seed));
  const dir = fileURLToPath(new URL('./results/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}guard-eval.json`, JSON.stringify({ seed, ...result }, null, 2) + '\n');
  console.log(`\nwrote bench/results/guard-eval.json`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
