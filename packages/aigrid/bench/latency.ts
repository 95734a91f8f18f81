import { Client } from 'undici';
import { chatBody, jsonHeaders, type Endpoint } from './endpoint.js';
import { ascending, mean, percentile, round3 } from './stats.js';

/** What a probe sends: a chat request to the endpoint's path unless told otherwise. */
export type ProbeRequest = (endpoint: Endpoint) => { path: string; body: string };
const chatRequest: ProbeRequest = (endpoint) => ({ path: endpoint.path, body: chatBody(endpoint.model, false) });

export interface LatencyResult {
  requests: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  minMs: number;
  non2xx: number;
  errors: number;
  firstError?: string;
  /** p50 of each timed round, in the order run (see `measureLatency`). */
  roundsP50Ms?: number[];
}

/** One keep-alive connection per target, one request in flight (concurrency 1). */
export class LatencyProbe {
  private readonly client: Client;
  private readonly path: string;
  private readonly body: string;
  private readonly headers: Record<string, string>;
  private readonly samples: number[] = [];
  private readonly rounds: number[] = [];
  private non2xx = 0;
  private errors = 0;
  private firstError?: string;

  constructor(
    readonly endpoint: Endpoint,
    request: ProbeRequest = chatRequest,
  ) {
    // undici sets TCP_NODELAY on every socket it opens.
    this.client = new Client(endpoint.origin, { pipelining: 1, keepAliveTimeout: 60_000 });
    ({ path: this.path, body: this.body } = request(endpoint));
    this.headers = { ...jsonHeaders, ...endpoint.headers };
  }

  /** Sends `count` sequential requests; timed ones go into the sample, and their p50 is kept as a round's. */
  async run(count: number, timed: boolean): Promise<void> {
    const first = this.samples.length;
    for (let i = 0; i < count; i++) {
      const start = performance.now();
      try {
        const response = await this.client.request({ method: 'POST', path: this.path, headers: this.headers, body: this.body });
        await response.body.dump({ limit: Infinity });
        const elapsed = performance.now() - start;
        if (response.statusCode < 200 || response.statusCode >= 300) this.non2xx++;
        else if (timed) this.samples.push(elapsed);
      } catch (error) {
        this.errors++;
        this.firstError ??= (error as Error).message;
      }
    }
    if (timed && this.samples.length > first) this.rounds.push(round3(percentile(this.samples.slice(first).sort(ascending), 50)));
  }

  result(): LatencyResult {
    const sorted = [...this.samples].sort(ascending);
    return {
      requests: sorted.length,
      p50Ms: round3(percentile(sorted, 50)),
      p99Ms: round3(percentile(sorted, 99)),
      meanMs: round3(mean(sorted)),
      minMs: round3(sorted[0] ?? Number.NaN),
      non2xx: this.non2xx,
      errors: this.errors,
      firstError: this.firstError,
      roundsP50Ms: [...this.rounds],
    };
  }

  close(): Promise<void> {
    return this.client.close();
  }
}

/**
 * A target's added p50 as a multiple of the floor's, round by round (both against direct's
 * p50 of the same round), and the median of those. Rounds run minutes apart on a shared machine
 * drift together, so the paired ratio moves less than either target's own numbers.
 */
export function pairedRoundRatios(direct: number[], floor: number[], target: number[]): { ratios: number[]; median: number } | undefined {
  const ratios: number[] = [];
  for (let round = 0; round < Math.min(direct.length, floor.length, target.length); round++) {
    const floorAdded = floor[round] - direct[round];
    if (floorAdded > 0) ratios.push(Math.round(((target[round] - direct[round]) / floorAdded) * 100) / 100);
  }
  if (ratios.length === 0) return undefined;
  return { ratios, median: percentile([...ratios].sort(ascending), 50) };
}

/**
 * Runs the c=1 scenario over all targets in interleaved rounds (rotating who goes first), so
 * slow drift on a shared machine (CPU frequency, a noisy neighbour) spreads over every target.
 */
export async function measureLatency(
  endpoints: Endpoint[],
  options: { warmup: number; count: number; rounds: number; afterWarmup?: () => Promise<void> },
  request?: ProbeRequest,
) {
  const probes = endpoints.map((endpoint) => new LatencyProbe(endpoint, request));
  for (const probe of probes) await probe.run(options.warmup, false);
  // Every target warmed up and none under load: the moment for idle measurements.
  await options.afterWarmup?.();
  const perRound = Math.ceil(options.count / options.rounds);
  for (let round = 0; round < options.rounds; round++) {
    for (let i = 0; i < probes.length; i++) await probes[(i + round) % probes.length].run(perRound, true);
  }
  const results = new Map<string, LatencyResult>();
  for (const probe of probes) {
    results.set(probe.endpoint.name, probe.result());
    await probe.close();
  }
  return results;
}
