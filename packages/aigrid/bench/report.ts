import type { LatencyResult } from './latency.js';
import type { StreamResult } from './stream-client.js';
import { round3 } from './stats.js';
import type { ThroughputResult } from './throughput.js';

export interface TargetResult {
  name: string;
  ok: boolean;
  error?: string;
  latency?: LatencyResult & { addedP50Ms?: number; addedP99Ms?: number };
  /** Embeddings requests at c=1 (see `EMBEDDINGS`): an answer of tens of kB passed through. */
  embeddings?: LatencyResult & { addedP50Ms?: number; addedP99Ms?: number };
  throughput?: ThroughputResult;
  stream?: StreamResult & { addedTtfcP50Ms?: number; addedTtfcP99Ms?: number };
  /** Peak RSS of the target's server process (for direct: the mock upstream). */
  peakRssMb?: number;
}

export interface Check {
  name: string;
  pass: boolean;
  detail: string;
}

/** Targets named in the brief: what aigrid must reach relative to the floor. */
export const goals = { addedP50VsFloor: 1.5, rpsVsFloor: 0.7 };

const byName = (targets: TargetResult[], name: string) => targets.find((t) => t.name === name && t.ok);

/** Fills in "added" figures: each target minus direct, from the same run. */
export function addDeltas(targets: TargetResult[]): void {
  const direct = byName(targets, 'direct');
  for (const target of targets) {
    if (!direct || target === direct) continue;
    for (const [own, base] of [[target.latency, direct.latency], [target.embeddings, direct.embeddings]]) {
      if (!own || !base) continue;
      own.addedP50Ms = round3(own.p50Ms - base.p50Ms);
      own.addedP99Ms = round3(own.p99Ms - base.p99Ms);
    }
    if (target.stream && direct.stream) {
      target.stream.addedTtfcP50Ms = round3(target.stream.ttfcP50Ms - direct.stream.ttfcP50Ms);
      target.stream.addedTtfcP99Ms = round3(target.stream.ttfcP99Ms - direct.stream.ttfcP99Ms);
    }
  }
}

function ratio(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b <= 0) return undefined;
  return Math.round((a / b) * 100) / 100;
}

/** aigrid relative to the floor and to Portkey (a ratio is undefined when either side is missing). */
export function computeRatios(targets: TargetResult[]) {
  const aigrid = byName(targets, 'aigrid');
  const pair = (other?: TargetResult) => ({
    addedP50: ratio(aigrid?.latency?.addedP50Ms, other?.latency?.addedP50Ms),
    addedP99: ratio(aigrid?.latency?.addedP99Ms, other?.latency?.addedP99Ms),
    rps: ratio(aigrid?.throughput?.rps, other?.throughput?.rps),
    cpuPerRequest: ratio(aigrid?.throughput?.cpuUsPerRequest, other?.throughput?.cpuUsPerRequest),
    addedTtfcP50: ratio(aigrid?.stream?.addedTtfcP50Ms, other?.stream?.addedTtfcP50Ms),
    addedEmbeddingsP50: ratio(aigrid?.embeddings?.addedP50Ms, other?.embeddings?.addedP50Ms),
    peakRss: ratio(aigrid?.peakRssMb, other?.peakRssMb),
  });
  return { aigridVsFloor: pair(byName(targets, 'floor')), aigridVsPortkey: pair(byName(targets, 'portkey')) };
}

export type Ratios = ReturnType<typeof computeRatios>;

export function evaluateChecks(targets: TargetResult[], ratios: Ratios): Check[] {
  const aigrid = byName(targets, 'aigrid');
  const missing = !aigrid ? 'aigrid did not run' : !byName(targets, 'floor') ? 'floor did not run' : undefined;
  const latency = ratios.aigridVsFloor.addedP50;
  const rps = ratios.aigridVsFloor.rps;
  const flagged = aigrid?.throughput?.flagged ?? false;
  return [
    {
      name: `aigrid added p50 at c=1 ≤ ${goals.addedP50VsFloor}× floor's`,
      pass: latency !== undefined && latency <= goals.addedP50VsFloor,
      detail: missing ?? (latency === undefined ? 'ratio not computable (floor added p50 ≤ 0?)' : `${latency}×`),
    },
    {
      name: `aigrid rps at 50 connections ≥ ${goals.rpsVsFloor * 100}% of floor's, without errors`,
      pass: rps !== undefined && rps >= goals.rpsVsFloor && !flagged,
      detail: missing ?? `${rps === undefined ? 'n/a' : `${Math.round(rps * 100)}%`}${flagged ? ', run had errors/non-2xx' : ''}`,
    },
  ];
}

const fmt = (value: number | undefined, digits = 3) =>
  value === undefined || !Number.isFinite(value) ? '–' : Number(value.toFixed(digits)).toString();

const failures = (errors: number, non2xx: number) => `${errors} / ${non2xx}${errors + non2xx > 0 ? ' ⚠' : ''}`;

type Row = [label: string, cell: (t: TargetResult) => string];

const rows: Row[] = [
  ['c=1 p50 (ms)', (t) => fmt(t.latency?.p50Ms)],
  ['c=1 p99 (ms)', (t) => fmt(t.latency?.p99Ms)],
  ['added p50 (ms)', (t) => fmt(t.latency?.addedP50Ms)],
  ['added p99 (ms)', (t) => fmt(t.latency?.addedP99Ms)],
  ['errors / non-2xx c=1', (t) => (t.latency ? failures(t.latency.errors, t.latency.non2xx) : '–')],
  ['embeddings c=1 p50 (ms)', (t) => fmt(t.embeddings?.p50Ms)],
  ['added embeddings p50 (ms)', (t) => fmt(t.embeddings?.addedP50Ms)],
  ['errors / non-2xx embeddings', (t) => (t.embeddings ? failures(t.embeddings.errors, t.embeddings.non2xx) : '–')],
  ['rps @50 conn', (t) => fmt(t.throughput?.rps, 0)],
  ['CPU per request @50 (µs)', (t) => fmt(t.throughput?.cpuUsPerRequest, 0)],
  ['p50 @50 conn (ms)', (t) => fmt(t.throughput?.p50Ms, 2)],
  ['p99 @50 conn (ms)', (t) => fmt(t.throughput?.p99Ms, 2)],
  ['errors / non-2xx @50', (t) => (t.throughput ? failures(t.throughput.errors + t.throughput.timeouts, t.throughput.non2xx) : '–')],
  ['stream TTFC p50 (ms)', (t) => fmt(t.stream?.ttfcP50Ms)],
  ['stream TTFC p99 (ms)', (t) => fmt(t.stream?.ttfcP99Ms)],
  ['added TTFC p50 (ms)', (t) => fmt(t.stream?.addedTtfcP50Ms)],
  ['inter-chunk gap mean (ms)', (t) => fmt(t.stream?.gapMeanMs)],
  ['inter-chunk gap p99 (ms)', (t) => fmt(t.stream?.gapP99Ms)],
  ['errors / non-2xx streams', (t) => (t.stream ? failures(t.stream.errors, t.stream.non2xx) : '–')],
  ['peak RSS (MB)', (t) => fmt(t.peakRssMb, 1)],
];

/** The results table: one column per target, one row per metric. */
export function renderTable(targets: TargetResult[]): string {
  const header = `| metric | ${targets.map((t) => (t.ok ? t.name : `${t.name} (failed)`)).join(' | ')} |`;
  const rule = `|---|${targets.map(() => '---:').join('|')}|`;
  const body = rows.map(([label, cell]) => `| ${label} | ${targets.map((t) => (t.ok ? cell(t) : '–')).join(' | ')} |`);
  return [header, rule, ...body].join('\n');
}

export function renderRatios(ratios: Ratios): string {
  const line = (label: string, r: Ratios['aigridVsFloor']) =>
    `| ${label} | ${fmt(r.addedP50, 2)} | ${fmt(r.addedP99, 2)} | ${fmt(r.rps, 2)} | ${fmt(r.cpuPerRequest, 2)} | ${fmt(r.addedTtfcP50, 2)} | ${fmt(r.addedEmbeddingsP50, 2)} | ${fmt(r.peakRss, 2)} |`;
  return [
    '| ratio | added p50 | added p99 | rps | CPU per request | added TTFC p50 | added embeddings p50 | peak RSS |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    line('aigrid / floor', ratios.aigridVsFloor),
    line('aigrid / portkey', ratios.aigridVsPortkey),
  ].join('\n');
}

export function renderChecks(checks: Check[]): string {
  return checks.map((c) => `- **${c.pass ? 'PASS' : 'FAIL'}** ${c.name}: ${c.detail}`).join('\n');
}

export interface MarkdownInput {
  date: string;
  preamble: string;
  targets: TargetResult[];
  ratios: Ratios;
  checks: Check[];
  notes: string[];
}

/** bench/results/latest.md, also printed to stdout. */
export function renderMarkdown(input: MarkdownInput): string {
  const problems = input.targets.filter((t) => t.error).map((t) => `- **${t.name}**: ${t.error!.replace(/\n/g, '\n  ')}`);
  return [
    `# aigrid core benchmark (${input.date})`,
    '',
    input.preamble,
    '',
    renderTable(input.targets),
    '',
    renderRatios(input.ratios),
    '',
    renderChecks(input.checks),
    ...(input.notes.length ? ['', '## Notes', '', ...input.notes.map((n) => `- ${n}`)] : []),
    ...(problems.length ? ['', '## Problems', '', ...problems] : []),
    '',
  ].join('\n');
}
