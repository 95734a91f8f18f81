import autocannon, { type AutocannonClient } from 'autocannon';
import { chatBody, jsonHeaders, type Endpoint } from './endpoint.js';
import { processTicks } from './cpu-share.js';
import { round3 } from './stats.js';

export interface ThroughputResult {
  connections: number;
  durationS: number;
  requests: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  /** True when any request failed: the rps of such a run is not comparable. */
  flagged: boolean;
  /**
   * CPU time the target's process (all its threads) spent per request during the measured
   * seconds, in µs. Less sensitive to other work on the machine than rps is.
   */
  cpuUsPerRequest?: number;
}

// autocannon opens plain net sockets without TCP_NODELAY; set it on every (re)connect.
function noDelay(client: AutocannonClient): void {
  const connect = client._connect;
  client._connect = function (this: AutocannonClient) {
    connect.call(this);
    this.conn.setNoDelay(true);
  };
}

// /proc/<pid>/stat counts CPU time in clock ticks of 10 ms (USER_HZ is 100 on Linux).
const TICK_US = 10_000;

function load(endpoint: Endpoint, connections: number, duration: number) {
  return autocannon({
    url: endpoint.origin + endpoint.path,
    method: 'POST',
    headers: { ...jsonHeaders, ...endpoint.headers },
    body: chatBody(endpoint.model, false),
    connections,
    pipelining: 1,
    duration,
    timeout: 10,
    setupClient: noDelay,
  });
}

/** Saturation: a short untimed warm-up, then `durationS` seconds at `connections` in flight. */
export async function measureThroughput(
  endpoint: Endpoint,
  options: { connections: number; durationS: number; warmupS: number },
  pid?: number,
): Promise<ThroughputResult> {
  await load(endpoint, options.connections, options.warmupS);
  const ticksBefore = pid === undefined ? 0 : processTicks(pid);
  const result = await load(endpoint, options.connections, options.durationS);
  const ticks = pid === undefined ? 0 : processTicks(pid) - ticksBefore;
  const failures = result.errors + result.timeouts + result.non2xx;
  return {
    connections: options.connections,
    durationS: result.duration,
    requests: result.requests.total,
    rps: round3(result['2xx'] / result.duration),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    flagged: failures > 0,
    cpuUsPerRequest: pid === undefined || result.requests.total === 0 ? undefined : Math.round((ticks * TICK_US) / result.requests.total),
  };
}
