import { Client } from 'undici';
import { chatBody, jsonHeaders, type Endpoint } from './endpoint.js';
import { ascending, mean, percentile, round3 } from './stats.js';

export interface LatencyResult {
  requests: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  minMs: number;
  non2xx: number;
  errors: number;
  firstError?: string;
}

/** One keep-alive connection per target, one request in flight (concurrency 1). */
export class LatencyProbe {
  private readonly client: Client;
  private readonly body: string;
  private readonly headers: Record<string, string>;
  private readonly samples: number[] = [];
  private non2xx = 0;
  private errors = 0;
  private firstError?: string;

  constructor(readonly endpoint: Endpoint) {
    // undici sets TCP_NODELAY on every socket it opens.
    this.client = new Client(endpoint.origin, { pipelining: 1, keepAliveTimeout: 60_000 });
    this.body = chatBody(endpoint.model, false);
    this.headers = { ...jsonHeaders, ...endpoint.headers };
  }

  /** Sends `count` sequential requests; timed ones go into the sample. */
  async run(count: number, timed: boolean): Promise<void> {
    for (let i = 0; i < count; i++) {
      const start = performance.now();
      try {
        const response = await this.client.request({ method: 'POST', path: this.endpoint.path, headers: this.headers, body: this.body });
        await response.body.dump({ limit: Infinity });
        const elapsed = performance.now() - start;
        if (response.statusCode < 200 || response.statusCode >= 300) this.non2xx++;
        else if (timed) this.samples.push(elapsed);
      } catch (error) {
        this.errors++;
        this.firstError ??= (error as Error).message;
      }
    }
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
    };
  }

  close(): Promise<void> {
    return this.client.close();
  }
}

/**
 * Runs the c=1 scenario over all targets in interleaved rounds (rotating who goes first), so
 * slow drift on a shared machine (CPU frequency, a noisy neighbour) spreads over every target.
 */
export async function measureLatency(endpoints: Endpoint[], options: { warmup: number; count: number; rounds: number }) {
  const probes = endpoints.map((endpoint) => new LatencyProbe(endpoint));
  for (const probe of probes) await probe.run(options.warmup, false);
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
