import { Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import { HotCounter, HotHistogram } from './hot-metrics.js';
import type { HealthSnapshotEntry } from '../router/index.js';

const CIRCUIT_VALUE = { closed: 0, 'half-open': 1, open: 2 } as const;

const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

/** Prometheus metrics of one gateway process, on a registry of its own. */
export class GatewayMetrics {
  readonly registry = new Registry();
  readonly requests = new HotCounter({
    name: 'aigrid_requests_total',
    help: 'API requests by endpoint, model and status.',
    labelNames: ['endpoint', 'model', 'status'] as const,
    registers: [this.registry],
  });
  readonly duration = new HotHistogram({
    name: 'aigrid_request_duration_seconds',
    help: 'Total request time as the client sees it.',
    labelNames: ['endpoint'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly overhead = new HotHistogram({
    name: 'aigrid_gateway_overhead_seconds',
    help: 'Time spent in the gateway itself, excluding upstream time.',
    labelNames: [],
    buckets: [0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.05],
    registers: [this.registry],
  });
  readonly upstream = new HotHistogram({
    name: 'aigrid_upstream_duration_seconds',
    help: 'Time waiting on the upstream provider.',
    labelNames: ['provider'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly tokens = new HotCounter({
    name: 'aigrid_tokens_total',
    help: 'Tokens reported by providers, by model and direction.',
    labelNames: ['model', 'direction'] as const,
    registers: [this.registry],
  });
  /** Requests being served now: a plain count on the hot path, read by the gauge when scraped. */
  inFlight = 0;
  readonly inflight: Gauge = new Gauge({
    name: 'aigrid_inflight_requests',
    help: 'Requests being served now.',
    registers: [this.registry],
    collect: (): void => this.inflight.set(this.inFlight),
  });

  private readonly overheadChild = this.overhead.child('', () => ({}));

  /** Records one finished request (the per-request hot path: cached label children only). */
  observeRequest(endpoint: string, model: string, status: number, elapsedS: number, overheadS: number): void {
    this.requests.child(`${endpoint}\0${model}\0${status}`, () => ({ endpoint, model, status: String(status) })).inc();
    this.duration.child(endpoint, () => ({ endpoint })).observe(elapsedS);
    this.overheadChild.observe(overheadS);
  }

  observeUpstream(provider: string, seconds: number): void {
    this.upstream.child(provider, () => ({ provider })).observe(seconds);
  }

  countTokens(model: string, direction: 'input' | 'output', tokens: number): void {
    this.tokens.child(`${model}\0${direction}`, () => ({ model, direction })).inc(tokens);
  }

  constructor(pendingLogRows: () => number = () => 0, deploymentHealth: () => readonly HealthSnapshotEntry[] = () => []) {
    collectDefaultMetrics({ register: this.registry, prefix: 'aigrid_process_' });
    new Gauge({
      name: 'aigrid_request_log_pending',
      help: 'Request-log rows journaled but not yet in the database.',
      registers: [this.registry],
      collect() {
        this.set(pendingLogRows());
      },
    });
    new Gauge({
      name: 'aigrid_deployment_circuit_state',
      help: 'Circuit breaker per deployment: 0 closed, 1 half-open, 2 open.',
      labelNames: ['deployment'] as const,
      registers: [this.registry],
      collect() {
        this.reset();
        for (const entry of deploymentHealth()) this.labels(entry.id).set(CIRCUIT_VALUE[entry.state]);
      },
    });
    new Gauge({
      name: 'aigrid_deployment_latency_ewma_seconds',
      help: 'Exponentially weighted average latency per deployment.',
      labelNames: ['deployment'] as const,
      registers: [this.registry],
      collect() {
        this.reset();
        for (const entry of deploymentHealth()) if (entry.ewmaLatencyMs !== null) this.labels(entry.id).set(entry.ewmaLatencyMs / 1000);
      },
    });
  }
}
