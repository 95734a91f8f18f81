import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Counter, Histogram, Registry } from 'prom-client';
import { HotCounter, HotHistogram } from './hot-metrics.js';

const BUCKETS = [0.001, 0.01, 0.1, 1];

/** The exposition of one metric, with its name replaced, to compare two implementations. */
async function exposition(registry: Registry, name: string): Promise<string> {
  return (await registry.getSingleMetricAsString(name)).replaceAll(name, 'metric');
}

describe('hot metrics', () => {
  it('expose a histogram exactly as prom-client does for the same observations', async () => {
    const registry = new Registry();
    const plain = new Histogram({ name: 'plain_seconds', help: 'h', labelNames: ['route'], buckets: BUCKETS, registers: [registry] });
    const hot = new HotHistogram({ name: 'hot_seconds', help: 'h', labelNames: ['route'] as const, buckets: BUCKETS, registers: [registry] });
    const observations: Array<[string, number]> = [['a', 0.0005], ['a', 0.001], ['b', 0.05], ['a', 0.5], ['b', 7], ['a', 0.01]];
    for (const [route, value] of observations) {
      plain.labels(route).observe(value);
      hot.child(route, () => ({ route })).observe(value);
    }
    const expected = await exposition(registry, 'plain_seconds');
    assert.match(expected, /metric_bucket\{le="0.001",route="a"\} 2/);
    assert.equal(await exposition(registry, 'hot_seconds'), expected);
    // The JSON form too (prom-client's empty exemplar slots aside).
    const json = async (name: string) => {
      const metric = (await registry.getMetricsAsJSON()).find((entry) => entry.name === name)!;
      return metric.values.map(({ exemplar: _exemplar, ...value }: any) => ({ ...value, metricName: value.metricName.replace(name, 'metric'), labels: { ...value.labels } }));
    };
    assert.deepEqual(await json('hot_seconds'), await json('plain_seconds'));
    registry.resetMetrics();
    assert.equal(await exposition(registry, 'hot_seconds'), await exposition(registry, 'plain_seconds'));
  });

  it('expose an unlabelled histogram and labelled counters as prom-client does', async () => {
    const registry = new Registry();
    const plain = new Histogram({ name: 'plain_overhead', help: 'o', buckets: BUCKETS, registers: [registry] });
    const hot = new HotHistogram({ name: 'hot_overhead', help: 'o', labelNames: [], buckets: BUCKETS, registers: [registry] });
    const plainCount = new Counter({ name: 'plain_total', help: 'c', labelNames: ['model', 'status'], registers: [registry] });
    const hotCount = new HotCounter({ name: 'hot_total', help: 'c', labelNames: ['model', 'status'] as const, registers: [registry] });
    for (const [model, status, value] of [['m1', '200', 0.002], ['m2', '500', 0.2], ['m1', '200', 2]] as const) {
      plain.observe(value);
      hot.child('', () => ({})).observe(value);
      plainCount.labels(model, status).inc(3);
      hotCount.child(`${model}/${status}`, () => ({ model, status })).inc(3);
    }
    assert.equal(await exposition(registry, 'hot_overhead'), await exposition(registry, 'plain_overhead'));
    assert.equal(await exposition(registry, 'hot_total'), await exposition(registry, 'plain_total'));
    // A second scrape adds only what came in since the first.
    hotCount.child('m1/200', () => ({ model: 'm1', status: '200' })).inc();
    plainCount.labels('m1', '200').inc();
    assert.equal(await exposition(registry, 'hot_total'), await exposition(registry, 'plain_total'));
    assert.match(await exposition(registry, 'hot_total'), /metric\{model="m1",status="200"\} 7/);
  });
});
