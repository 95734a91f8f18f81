import { Counter, Histogram, type Registry } from 'prom-client';

/*
 * Counters and histograms for the per-request hot path. prom-client's own `labels(...).inc()` and
 * `.observe()` rebuild, hash and validate the label set on every call, which cost several µs a
 * request in profiles. Here each label set gets a child once, and the hot path only adds to its
 * numbers; prom-client still owns the metric, its registry and the exposition, and reads the
 * children when scraped.
 */

type Labels<T extends string> = Record<T, string>;

interface HotConfig<T extends string> {
  name: string;
  help: string;
  labelNames: readonly T[];
  registers: Registry[];
}

/** The child cached under `key`, made once. */
function cachedChild<C>(children: Map<string, C>, key: string, make: () => C): C {
  let child = children.get(key);
  if (child === undefined) {
    child = make();
    children.set(key, child);
  }
  return child;
}

/** One label set of a HotCounter. */
export class CounterChild<T extends string> {
  /** Added since the last scrape, which hands it to prom-client. */
  pending = 0;
  constructor(readonly labels: Labels<T>) {}

  inc(by = 1): void {
    this.pending += by;
  }
}

/** A prom-client counter fed by cached children, folded in through its public `inc` at scrape time. */
export class HotCounter<T extends string> {
  readonly metric: Counter<T>;
  readonly #children = new Map<string, CounterChild<T>>();

  constructor(config: HotConfig<T>) {
    this.metric = new Counter<T>({ ...config, collect: () => this.#fold() });
  }

  /** The child for `key` (a caller's unique name for the label set), made with `labels` once. */
  child(key: string, labels: () => Labels<T>): CounterChild<T> {
    return cachedChild(this.#children, key, () => new CounterChild(labels()));
  }

  #fold(): void {
    for (const child of this.#children.values()) {
      if (child.pending === 0) continue;
      this.metric.inc(child.labels as never, child.pending);
      child.pending = 0;
    }
  }
}

/** One label set of a HotHistogram: counts per bucket (not cumulative; the last is +Inf), sum and count. */
export class HistogramChild<T extends string> {
  readonly counts: Float64Array;
  sum = 0;
  count = 0;
  constructor(
    readonly labels: Labels<T>,
    private readonly bounds: readonly number[],
  ) {
    this.counts = new Float64Array(bounds.length + 1);
  }

  observe(value: number): void {
    if (!Number.isFinite(value)) return;
    const bounds = this.bounds;
    let index = 0;
    while (index < bounds.length && value > bounds[index]) index++;
    this.counts[index] += 1;
    this.sum += value;
    this.count += 1;
  }
}

/** A prom-client histogram whose values come from cached children (same buckets, names and shape). */
class ChildHistogram<T extends string> extends Histogram<T> {
  readonly #name: string;
  readonly #help: string;

  constructor(
    config: HotConfig<T> & { buckets: number[] },
    private readonly children: () => Iterable<HistogramChild<T>>,
    private readonly bounds: readonly number[],
    private readonly clear: () => void,
  ) {
    super(config);
    this.#name = config.name;
    this.#help = config.help;
  }

  /** Values in prom-client's own shape for the text exposition: `le` in labels, the label set shared. */
  async getForPromString() {
    const bucket = `${this.#name}_bucket`;
    const values: Array<{ labels: Record<string, string | number>; sharedLabels: Record<string, string>; value: number; metricName: string }> = [];
    for (const child of this.children()) {
      const shared = child.labels as Record<string, string>;
      let cumulative = 0;
      for (let index = 0; index < this.bounds.length; index++) {
        cumulative += child.counts[index];
        values.push({ labels: { le: this.bounds[index] }, sharedLabels: shared, value: cumulative, metricName: bucket });
      }
      values.push({ labels: { le: '+Inf' }, sharedLabels: shared, value: child.count, metricName: bucket });
      values.push({ labels: {}, sharedLabels: shared, value: child.sum, metricName: `${this.#name}_sum` });
      values.push({ labels: {}, sharedLabels: shared, value: child.count, metricName: `${this.#name}_count` });
    }
    return { name: this.#name, help: this.#help, type: 'histogram' as const, aggregator: 'sum' as const, values } as never;
  }

  /** The same values with each label set merged in, as prom-client's `get()` gives them (JSON). */
  override async get() {
    const data = (await this.getForPromString()) as { values: Array<{ labels: object; sharedLabels?: object }> };
    data.values = data.values.map(({ sharedLabels, ...value }) => ({ ...value, labels: { ...value.labels, ...sharedLabels } }));
    return data as never;
  }

  override reset(): void {
    super.reset();
    // The base constructor resets too, before this class has its fields.
    this.clear?.();
  }
}

/** A histogram fed by cached children. */
export class HotHistogram<T extends string> {
  readonly metric: Histogram<T>;
  readonly #children = new Map<string, HistogramChild<T>>();
  readonly #bounds: readonly number[];

  constructor(config: HotConfig<T> & { buckets: number[] }) {
    this.#bounds = [...config.buckets].sort((a, b) => a - b);
    this.metric = new ChildHistogram<T>(config, () => this.#children.values(), this.#bounds, () => this.#children.clear());
  }

  child(key: string, labels: () => Labels<T>): HistogramChild<T> {
    return cachedChild(this.#children, key, () => new HistogramChild(labels(), this.#bounds));
  }
}
