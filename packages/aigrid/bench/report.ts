import type { LatencyResult } from './latency.js';
import type { StreamResult } from './stream-client.js';
import { round3 } from './stats.js';
import type { ThroughputResult } from './throughput.js';

export interface TargetResult {
  name: string;
  /** Column heading; the name when absent. */
  label?: string;
  ok: boolean;
  error?: string;
  latency?: LatencyResult & { addedP50Ms?: number; addedP99Ms?: number };
  /** Embeddings requests at c=1 (see `EMBEDDINGS`): an answer of tens of kB passed through. */
  embeddings?: LatencyResult & { addedP50Ms?: number; addedP99Ms?: number };
  throughput?: ThroughputResult;
  stream?: StreamResult & { addedTtfcP50Ms?: number; addedTtfcP99Ms?: number };
  /** Peak RSS of the target's server process over the chat phases (for direct: the mock upstream). */
  peakRssMb?: number;
  /** RSS after start-up and the c=1 warm-up, with no load (read after a second's pause). */
  idleRssMb?: number;
}

/** The headline target (governance on) and the core configuration beside it. */
export const HEADLINE = 'aigrid-governed';
export const CORE = 'aigrid-core';

/** Targets from issue 22: governance on, against the floor of the same run. */
export const goals = {
  rpsVsFloor: 0.85,
  roundTripVsFloor: 1.2,
  addedP50VsFloor: 1.3,
  addedP99VsFloor: 1.8,
  addedTtfcP50VsFloor: 1.3,
  addedEmbeddingsP50VsFloor: 1.3,
  peakRssMb: 150,
  idleRssMb: 90,
  scaleOutCpuVsEmbedded: 1.6,
  redisRoundTripsPerRequest: 2,
};

export interface Check {
  figure: string;
  target: string;
  /** The figure's base (the floor's, or embedded's for the scale-out rows), with its unit. */
  base: string;
  value: string;
  ratio?: number;
  /** The core configuration's ratio, for reference (not judged). */
  coreRatio?: number;
  /** Undefined: not measured in this run. */
  pass?: boolean;
  detail?: string;
}

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

/** Every ratio the tables show, of target `a` to target `b`. */
function pair(a?: TargetResult, b?: TargetResult) {
  return {
    roundTripP50: ratio(a?.latency?.p50Ms, b?.latency?.p50Ms),
    addedP50: ratio(a?.latency?.addedP50Ms, b?.latency?.addedP50Ms),
    addedP99: ratio(a?.latency?.addedP99Ms, b?.latency?.addedP99Ms),
    rps: ratio(a?.throughput?.rps, b?.throughput?.rps),
    cpuPerRequest: ratio(a?.throughput?.cpuUsPerRequest, b?.throughput?.cpuUsPerRequest),
    addedTtfcP50: ratio(a?.stream?.addedTtfcP50Ms, b?.stream?.addedTtfcP50Ms),
    addedEmbeddingsP50: ratio(a?.embeddings?.addedP50Ms, b?.embeddings?.addedP50Ms),
    peakRss: ratio(a?.peakRssMb, b?.peakRssMb),
    idleRss: ratio(a?.idleRssMb, b?.idleRssMb),
  };
}

export type RatioSet = ReturnType<typeof pair>;

/** aigrid (both configurations) relative to the floor and to Portkey; undefined where a side is missing. */
export function computeRatios(targets: TargetResult[]): Array<{ label: string; ratios: RatioSet }> {
  const get = (name: string) => byName(targets, name);
  const label = (name: string) => targets.find((t) => t.name === name)?.label ?? name;
  const rows: Array<[string, string]> = [
    [HEADLINE, 'floor'],
    [CORE, 'floor'],
    [HEADLINE, 'portkey'],
    [CORE, 'portkey'],
    [HEADLINE, CORE],
  ];
  return rows
    .filter(([a, b]) => get(a) && get(b))
    .map(([a, b]) => ({ label: `${label(a)} / ${label(b)}`, ratios: pair(get(a), get(b)) }));
}

export type Ratios = ReturnType<typeof computeRatios>;

/** What the scaled-out phase measured (see scale-out.ts); absent when it did not run. */
export interface ScaleOutFigures {
  embeddedCpuUs: number;
  scaledOutCpuUs: number;
  cpuRatio: number;
  redisRoundTripsPerRequest: number;
  errors: number;
}

/** The targets table: every figure of issue 22 for the governance-on gateway, judged against the floor of the same run. */
export function evaluateChecks(targets: TargetResult[], scaleOut?: ScaleOutFigures, scaleOutProblem?: string): Check[] {
  const gov = byName(targets, HEADLINE);
  const core = byName(targets, CORE);
  const floor = byName(targets, 'floor');
  const failed = (r?: { errors: number; non2xx: number }) => (r ? r.errors + r.non2xx > 0 : false);
  const ms = (value: number | undefined) => (value === undefined ? '–' : `${fmt(value)} ms`);
  const relative = (
    figure: string,
    limit: number,
    higherIsBetter: boolean,
    value: (t?: TargetResult) => number | undefined,
    unit: (value: number | undefined) => string,
    hadErrors: (t?: TargetResult) => boolean,
  ): Check => {
    const r = ratio(value(gov), value(floor));
    const errors = hadErrors(gov);
    return {
      figure,
      target: `${higherIsBetter ? '≥' : '≤'} ${limit}× floor`,
      base: unit(value(floor)),
      value: unit(value(gov)),
      ratio: r,
      coreRatio: ratio(value(core), value(floor)),
      pass: value(gov) === undefined || value(floor) === undefined ? undefined : r !== undefined && !errors && (higherIsBetter ? r >= limit : r <= limit),
      detail: !gov
        ? 'aigrid (governance on) did not run'
        : !floor
          ? 'floor did not run'
          : value(gov) === undefined || value(floor) === undefined
            ? 'not measured in this run'
            : errors
              ? 'requests failed in this phase'
              : r === undefined
                ? 'ratio not computable (floor ≤ 0)'
                : undefined,
    };
  };
  const mb = (value: number | undefined) => (value === undefined ? '–' : `${fmt(value, 1)} MB`);
  const memory = (figure: string, limit: number, value: (t?: TargetResult) => number | undefined): Check => ({
    figure,
    target: `≤ ${limit} MB`,
    base: mb(value(floor)),
    value: mb(value(gov)),
    ratio: ratio(value(gov), value(floor)),
    coreRatio: ratio(value(core), value(floor)),
    pass: value(gov) === undefined ? undefined : value(gov)! <= limit,
    detail: value(gov) === undefined ? 'not measured' : undefined,
  });
  const lat = (t?: TargetResult) => failed(t?.latency);
  return [
    relative('req/s at 50 connections', goals.rpsVsFloor, true, (t) => t?.throughput?.rps, (v) => (v === undefined ? '–' : fmt(v, 0)), (t) => t?.throughput?.flagged ?? false),
    relative('round trip at c=1 (p50)', goals.roundTripVsFloor, false, (t) => t?.latency?.p50Ms, ms, lat),
    relative('time added at c=1 (p50 − direct)', goals.addedP50VsFloor, false, (t) => t?.latency?.addedP50Ms, ms, lat),
    relative('added p99 at c=1', goals.addedP99VsFloor, false, (t) => t?.latency?.addedP99Ms, ms, lat),
    relative('added time to first chunk, p50', goals.addedTtfcP50VsFloor, false, (t) => t?.stream?.addedTtfcP50Ms, ms, (t) => failed(t?.stream)),
    relative('added embeddings p50', goals.addedEmbeddingsP50VsFloor, false, (t) => t?.embeddings?.addedP50Ms, ms, (t) => failed(t?.embeddings)),
    memory('peak RSS at 50 connections', goals.peakRssMb, (t) => t?.peakRssMb),
    memory('idle RSS after start-up and warm-up', goals.idleRssMb, (t) => t?.idleRssMb),
    {
      figure: 'scaled out: CPU per request, all processes',
      target: `≤ ${goals.scaleOutCpuVsEmbedded}× embedded`,
      base: scaleOut ? `${scaleOut.embeddedCpuUs} µs (embedded)` : '–',
      value: scaleOut ? `${scaleOut.scaledOutCpuUs} µs` : '–',
      ratio: scaleOut?.cpuRatio,
      pass: scaleOut ? scaleOut.cpuRatio <= goals.scaleOutCpuVsEmbedded && scaleOut.errors === 0 : undefined,
      detail: scaleOut ? (scaleOut.errors ? 'requests failed in this phase' : undefined) : (scaleOutProblem ?? 'not run'),
    },
    {
      figure: 'scaled out: Redis round trips per request',
      target: `≤ ${goals.redisRoundTripsPerRequest}`,
      base: '–',
      value: scaleOut ? String(scaleOut.redisRoundTripsPerRequest) : '–',
      pass: scaleOut ? scaleOut.redisRoundTripsPerRequest <= goals.redisRoundTripsPerRequest : undefined,
      detail: scaleOut ? undefined : (scaleOutProblem ?? 'not run'),
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
  ['idle RSS after warm-up (MB)', (t) => fmt(t.idleRssMb, 1)],
];

/** The results table: one column per target, one row per metric. */
export function renderTable(targets: TargetResult[]): string {
  const header = `| metric | ${targets.map((t) => `${t.label ?? t.name}${t.ok ? '' : ' (failed)'}`).join(' | ')} |`;
  const rule = `|---|${targets.map(() => '---:').join('|')}|`;
  const body = rows.map(([label, cell]) => `| ${label} | ${targets.map((t) => (t.ok ? cell(t) : '–')).join(' | ')} |`);
  return [header, rule, ...body].join('\n');
}

export function renderRatios(ratios: Ratios): string {
  const line = ({ label, ratios: r }: Ratios[number]) =>
    `| ${label} | ${[r.roundTripP50, r.addedP50, r.addedP99, r.rps, r.cpuPerRequest, r.addedTtfcP50, r.addedEmbeddingsP50, r.peakRss, r.idleRss].map((v) => fmt(v, 2)).join(' | ')} |`;
  return [
    '| ratio | c=1 p50 | added p50 | added p99 | rps | CPU per request | added TTFC p50 | added embeddings p50 | peak RSS | idle RSS |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...ratios.map(line),
  ].join('\n');
}

/** The targets table: figure, target, floor, aigrid (governance on), ratio, core's ratio, verdict. */
export function renderChecks(checks: Check[]): string {
  const verdict = (c: Check) => (c.pass === undefined ? 'not measured' : c.pass ? '**PASS**' : '**FAIL**');
  return [
    '| figure (governance on) | target | floor (base) | aigrid (governance on) | ratio | aigrid (core) ratio | result |',
    '|---|---|---:|---:|---:|---:|---|',
    ...checks.map((c) => `| ${c.figure} | ${c.target} | ${c.base} | ${c.value} | ${c.ratio === undefined ? '–' : `${fmt(c.ratio, 2)}×`} | ${c.coreRatio === undefined ? '–' : `${fmt(c.coreRatio, 2)}×`} | ${verdict(c)}${c.detail ? ` (${c.detail})` : ''} |`),
  ].join('\n');
}

export interface MarkdownInput {
  date: string;
  preamble: string;
  targets: TargetResult[];
  ratios: Ratios;
  checks: Check[];
  /** Extra sections (markdown) after the targets table, such as the scale-out table. */
  sections?: string[];
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
    '## Targets',
    '',
    renderChecks(input.checks),
    '',
    '## Ratios',
    '',
    renderRatios(input.ratios),
    ...(input.sections ?? []).flatMap((section) => ['', section]),
    ...(input.notes.length ? ['', '## Notes', '', ...input.notes.map((n) => `- ${n}`)] : []),
    ...(problems.length ? ['', '## Problems', '', ...problems] : []),
    '',
  ].join('\n');
}
