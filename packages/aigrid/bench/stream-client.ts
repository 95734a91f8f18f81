import { Client } from 'undici';
import { chatBody, jsonHeaders, type Endpoint } from './endpoint.js';
import { ascending, mean, percentile, round3 } from './stats.js';

export interface StreamResult {
  streams: number;
  /** Time to first chunk: request sent → first complete SSE event received. */
  ttfcP50Ms: number;
  ttfcP99Ms: number;
  /** Gaps between consecutive SSE events of one stream, pooled over all streams. */
  gapMeanMs: number;
  gapP99Ms: number;
  totalP50Ms: number;
  eventsPerStream: number;
  non2xx: number;
  errors: number;
  firstError?: string;
}

interface Timing {
  ttfc: number;
  gaps: number[];
  total: number;
  events: number;
}

/**
 * Reads one SSE response and stamps each event when its closing blank line arrives. Events are
 * counted, not bytes, so a proxy that splits or merges TCP reads is measured the same way.
 */
async function timeStream(client: Client, endpoint: Endpoint, headers: Record<string, string>, body: string): Promise<Timing | number> {
  const start = performance.now();
  const response = await client.request({ method: 'POST', path: endpoint.path, headers, body });
  if (response.statusCode !== 200) {
    await response.body.dump({ limit: Infinity });
    return response.statusCode;
  }
  const stamps: number[] = [];
  let pending = '';
  let sawDone = false;
  const decoder = new TextDecoder();
  for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
    const now = performance.now();
    pending += decoder.decode(chunk, { stream: true }).replace(/\r\n/g, '\n');
    let end: number;
    while ((end = pending.indexOf('\n\n')) !== -1) {
      const event = pending.slice(0, end);
      pending = pending.slice(end + 2);
      if (!event.includes('data:')) continue; // comments / keep-alives are not chunks
      stamps.push(now);
      if (event.includes('[DONE]')) sawDone = true;
    }
  }
  if (!sawDone || stamps.length === 0) throw new Error('stream ended without [DONE]');
  const gaps = stamps.slice(1).map((stamp, i) => stamp - stamps[i]);
  return { ttfc: stamps[0] - start, gaps, total: performance.now() - start, events: stamps.length };
}

/** Sequential streamed chat requests (concurrency 1) over one keep-alive connection. */
export async function measureStreams(endpoint: Endpoint, options: { warmup: number; count: number }): Promise<StreamResult> {
  const client = new Client(endpoint.origin, { pipelining: 1, keepAliveTimeout: 60_000 });
  const headers = { ...jsonHeaders, ...endpoint.headers, accept: 'text/event-stream' };
  const body = chatBody(endpoint.model, true);
  const timings: Timing[] = [];
  let non2xx = 0;
  let errors = 0;
  let firstError: string | undefined;
  for (let i = 0; i < options.warmup + options.count; i++) {
    try {
      const timing = await timeStream(client, endpoint, headers, body);
      if (typeof timing === 'number') non2xx++;
      else if (i >= options.warmup) timings.push(timing);
    } catch (error) {
      errors++;
      firstError ??= (error as Error).message;
    }
  }
  await client.close();
  const ttfc = timings.map((t) => t.ttfc).sort(ascending);
  const gaps = timings.flatMap((t) => t.gaps).sort(ascending);
  const totals = timings.map((t) => t.total).sort(ascending);
  return {
    streams: timings.length,
    ttfcP50Ms: round3(percentile(ttfc, 50)),
    ttfcP99Ms: round3(percentile(ttfc, 99)),
    gapMeanMs: round3(mean(gaps)),
    gapP99Ms: round3(percentile(gaps, 99)),
    totalP50Ms: round3(percentile(totals, 50)),
    eventsPerStream: round3(mean(timings.map((t) => t.events))),
    non2xx,
    errors,
    firstError,
  };
}
