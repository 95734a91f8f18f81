/*
 * Guard classifier and redaction micro-benchmark. Run: node --import tsx bench/guard-bench.ts
 * Reports µs per KB (p50/p99 over individually timed calls) and writes bench/results/guard.json.
 * "ordinary" texts are drawn from the whole false-positive corpus (code, logs and data heavy:
 * about 9% digits); "prose" only from its prose prompts. Both have no findings. The held-out
 * corpus (bench/guard-corpus/, built apart from the test generators) is timed prompt by prompt and
 * scored: recall per class and the false-positive rate go into guard.json beside the timings.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { ORDINARY_PROMPTS } from '../test/support/guard/ordinary-prompts.js';
import { PROSE_PROMPTS } from '../test/support/guard/ordinary-prompts-prose.js';
import { PII_GENERATORS } from '../test/support/guard/pii-generators.js';
import { seededRandom, type Random } from '../test/support/guard/seeded-random.js';
import { createClassifier, type Classifier } from '../src/guard/guard-classifier.js';
import { redact } from '../src/guard/request-redaction.js';
import type { ChatCompletionRequest } from '../src/spec/openai-schemas.js';
import { buildGuardCorpus, DEFAULT_SEED } from './guard-corpus/corpus-builder.js';
import { evaluateGuard } from './guard-eval.js';
import { ascending, percentile, round3 } from './stats.js';

const BUDGET_MS_PER_CASE = 1_800;
const random = seededRandom(7);
const builtins = createClassifier();
const clean = ORDINARY_PROMPTS.filter((prompt) => builtins.scanText(prompt).length === 0);

// JSON round trip: the gateway sees flat strings from JSON.parse, not ropes built by concatenation.
const flat = (text: string): string => JSON.parse(JSON.stringify(text));

function ordinaryText(bytes: number, rng: Random, pool: readonly string[] = clean): string {
  let text = '';
  while (text.length < bytes) text += `${rng.pick(pool)}\n\n`;
  return flat(text.slice(0, bytes));
}

function withPii(bytes: number, rng: Random): string {
  const types = Object.keys(PII_GENERATORS);
  let text = ordinaryText(bytes, rng);
  for (let count = 0; count < 3; count++) {
    const at = text.indexOf(' ', rng.int(0, text.length - 1));
    const sample = PII_GENERATORS[rng.pick(types)](rng).snippet;
    text = `${text.slice(0, at + 1)}${sample} ${text.slice(at + 1)}`;
  }
  return flat(text);
}

const asRequest = (content: string) => ({ model: 'bench', messages: [{ role: 'user', content }] }) as ChatCompletionRequest;

interface Row {
  readonly case: string;
  readonly kb: number;
  readonly calls: number;
  readonly p50UsPerKb: number;
  readonly p99UsPerKb: number;
  readonly p50UsPerCall: number;
  /** Mean CPU time (user + system) per KB: steadier than wall time on a shared, loaded machine. */
  readonly cpuMeanUsPerKb: number;
}

/** Times `operation` on rotating inputs: warm-up, then individually timed calls until the budget is spent. */
function measure(name: string, inputs: readonly ChatCompletionRequest[], operation: (input: ChatCompletionRequest) => unknown): Row {
  const bytes = inputs.reduce((sum, input) => sum + String(input.messages[0].content).length, 0) / inputs.length;
  const warmUntil = performance.now() + BUDGET_MS_PER_CASE / 4;
  for (let index = 0; performance.now() < warmUntil; index++) operation(inputs[index % inputs.length]);
  const samples: number[] = [];
  const cpuBefore = process.cpuUsage();
  const until = performance.now() + BUDGET_MS_PER_CASE;
  for (let index = 0; performance.now() < until && samples.length < 200_000; index++) {
    const input = inputs[index % inputs.length];
    const started = process.hrtime.bigint();
    operation(input);
    samples.push(Number(process.hrtime.bigint() - started) / 1000);
  }
  const cpu = process.cpuUsage(cpuBefore);
  samples.sort(ascending);
  const kb = bytes / 1024;
  return {
    case: name,
    kb: round3(kb),
    calls: samples.length,
    p50UsPerKb: round3(percentile(samples, 50) / kb),
    p99UsPerKb: round3(percentile(samples, 99) / kb),
    p50UsPerCall: round3(percentile(samples, 50)),
    cpuMeanUsPerKb: round3((cpu.user + cpu.system) / samples.length / kb),
  };
}

const inputsOf = (count: number, make: () => string) => Array.from({ length: count }, () => asRequest(make()));
const classifyWith = (classifier: Classifier) => (input: ChatCompletionRequest) => classifier.classify(input);
const custom = createClassifier({
  patterns: [{ name: 'ticket', pattern: 'TCK-\\d{6}' }],
  dictionaries: [{ name: 'codename', terms: Array.from({ length: 20 }, (_unused, index) => `Project Codename${index}`) }],
});
const ordinary1kb = inputsOf(200, () => ordinaryText(1024, random));
const piiInputs = inputsOf(200, () => withPii(1024, random));
const piiResults = new Map(piiInputs.map((input) => [input, builtins.classify(input)]));

const corpus = buildGuardCorpus();
const corpusPositives = corpus.positives.map((prompt) => flat(prompt.text)).map(asRequest);
const corpusNegatives = corpus.negatives.map((prompt) => flat(prompt.text)).map(asRequest);

const rows: Row[] = [
  measure('prose 1 KB', inputsOf(200, () => ordinaryText(1024, random, PROSE_PROMPTS.filter((prompt) => clean.includes(prompt)))), classifyWith(builtins)),
  measure('ordinary 1 KB', ordinary1kb, classifyWith(builtins)),
  measure('ordinary 10 KB', inputsOf(40, () => ordinaryText(10 * 1024, random)), classifyWith(builtins)),
  measure('ordinary 100 KB', inputsOf(8, () => ordinaryText(100 * 1024, random)), classifyWith(builtins)),
  measure('held-out corpus, prompts without personal data', corpusNegatives, classifyWith(builtins)),
  measure('held-out corpus, prompts with personal data', corpusPositives, classifyWith(builtins)),
  measure('ordinary 1 KB + 1 pattern + 20-term dictionary', ordinary1kb, classifyWith(custom)),
  measure('1 KB with 3 PII values', piiInputs, classifyWith(builtins)),
  measure('redact 1 KB with 3 PII values', piiInputs, (input) => redact(input, piiResults.get(input)!)),
  measure('classify + redact + restore, 1 KB with PII', piiInputs, (input) => {
    const redaction = redact(input, builtins.classify(input));
    return redaction.restore(String(redaction.request.messages[0].content));
  }),
];

const evaluation = evaluateGuard(builtins, corpus);
// With on_uncertain = "local", a prompt with only uncertain candidates stays local too.
const uncertainOnly = corpus.negatives.filter((prompt) => {
  const found = builtins.scanDetailed(prompt.text);
  return found.spans.length === 0 && found.uncertain.length > 0;
}).length;
const accuracy = {
  seed: DEFAULT_SEED,
  counts: evaluation.counts,
  recall: Object.fromEntries(Object.entries({ ...evaluation.perType, ...evaluation.perGroup }).map(([type, score]) => [type, { labels: score.labels, found: score.found, recall: round3(score.recall) }])),
  falsePositiveRate: round3(evaluation.falsePositives.rate),
  falsePositiveSpans: evaluation.falsePositives.spansByType,
  uncertainOnlyNegativesRate: round3(uncertainOnly / corpus.negatives.length),
  perLanguage: Object.fromEntries(Object.entries(evaluation.perLanguage).map(([language, slice]) => [language, { recall: round3(slice.recall), falsePositiveRate: round3(slice.falsePositiveRate) }])),
};

const header = '| case | size (KB) | calls | p50 µs/KB | p99 µs/KB | p50 µs/call | CPU µs/KB (mean) |\n|---|---:|---:|---:|---:|---:|---:|';
const lines = rows.map((row) => `| ${row.case} | ${row.kb} | ${row.calls} | ${row.p50UsPerKb} | ${row.p99UsPerKb} | ${row.p50UsPerCall} | ${row.cpuMeanUsPerKb} |`);
const load = os.loadavg().map((value) => value.toFixed(2)).join(' ');
const recallLines = Object.entries(accuracy.recall).map(([type, score]) => `| ${type} | ${score.labels} | ${(score.recall * 100).toFixed(1)}% |`);
console.log(`## held-out corpus (${accuracy.counts.positives} prompts with ${accuracy.counts.labels} values, ${accuracy.counts.negatives} without)\n\n| class | values | recall |\n|---|---:|---:|\n${recallLines.join('\n')}\n\nfalse positives: ${(accuracy.falsePositiveRate * 100).toFixed(2)}% of prompts without personal data; uncertain only (kept local under on_uncertain = "local"): ${(accuracy.uncertainOnlyNegativesRate * 100).toFixed(2)}%\n`);
console.log(`# guard benchmark (${new Date().toISOString().slice(0, 10)})\n\n${os.cpus()[0]?.model.trim()} ×${os.cpus().length}, Node ${process.version}, load average ${load}\n\n${header}\n${lines.join('\n')}`);

const resultsDir = fileURLToPath(new URL('./results/', import.meta.url));
mkdirSync(resultsDir, { recursive: true });
const machine = { cpuModel: os.cpus()[0]?.model.trim(), cpus: os.cpus().length, node: process.version, loadAverageAtStart: os.loadavg() };
writeFileSync(`${resultsDir}guard.json`, `${JSON.stringify({ date: new Date().toISOString(), machine, detectors: builtins.detectorIds, rows, accuracy }, null, 2)}\n`);
