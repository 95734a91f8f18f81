import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

/** Prometheus metrics of one gateway process, on a registry of its own. */
export class GatewayMetrics {
  readonly registry = new Registry();
  readonly requests = new Counter({
    name: 'aigrid_requests_total',
    help: 'API requests by endpoint, model and status.',
    labelNames: ['endpoint', 'model', 'status'] as const,
    registers: [this.registry],
  });
  readonly duration = new Histogram({
    name: 'aigrid_request_duration_seconds',
    help: 'Total request time as the client sees it.',
    labelNames: ['endpoint'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly overhead = new Histogram({
    name: 'aigrid_gateway_overhead_seconds',
    help: 'Time spent in the gateway itself, excluding upstream time.',
    buckets: [0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.05],
    registers: [this.registry],
  });
  readonly upstream = new Histogram({
    name: 'aigrid_upstream_duration_seconds',
    help: 'Time waiting on the upstream provider.',
    labelNames: ['provider'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly tokens = new Counter({
    name: 'aigrid_tokens_total',
    help: 'Tokens reported by providers, by model and direction.',
    labelNames: ['model', 'direction'] as const,
    registers: [this.registry],
  });
  readonly inflight = new Gauge({
    name: 'aigrid_inflight_requests',
    help: 'Requests being served now.',
    registers: [this.registry],
  });

  constructor(pendingLogRows: () => number = () => 0) {
    collectDefaultMetrics({ register: this.registry, prefix: 'aigrid_process_' });
    new Gauge({
      name: 'aigrid_request_log_pending',
      help: 'Request-log rows journaled but not yet in the database.',
      registers: [this.registry],
      collect() {
        this.set(pendingLogRows());
      },
    });
  }
}
