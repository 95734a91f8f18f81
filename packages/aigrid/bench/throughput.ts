import autocannon, { type AutocannonClient } from 'autocannon';
import { chatBody, jsonHeaders, type Endpoint } from './endpoint.js';
import { processTicks } from './cpu-share.js';
import { ascending, percentile, round3 } from './stats.js';

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
  /** rps of every timed round, in the order run; the figures above are the median round's. */
  roundsRps?: number[];
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
  if (options.warmupS > 0) await load(endpoint, options.connections, options.warmupS);
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

/** The round with the median rps stands for the target; a run with a failed round is flagged. */
export function medianRound(rounds: readonly ThroughputResult[]): ThroughputResult {
  const sorted = [...rounds].sort((a, b) => a.rps - b.rps);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  const flagged = rounds.some((round) => round.flagged);
  return { ...median, flagged, roundsRps: rounds.map((round) => round.rps) };
}

/**
 * Saturation for several targets: each warmed up once, then `rounds` timed rounds taken in turn
 * (the order rotating), so a slow stretch of a shared machine falls on every target rather than
 * on whichever was measured then. Each target gets the round with its median rps.
 */
export async function measureThroughputRounds(
  targets: ReadonlyArray<{ endpoint: Endpoint; pid?: number }>,
  options: { connections: number; durationS: number; warmupS: number; rounds: number },
  onError: (endpoint: Endpoint, error: unknown) => void,
): Promise<Map<string, ThroughputResult>> {
  const live = [...targets];
  for (const target of [...live]) {
    try {
      await load(target.endpoint, options.connections, options.warmupS);
    } catch (error) {
      onError(target.endpoint, error);
      live.splice(live.indexOf(target), 1);
    }
  }
  const rounds = new Map<string, ThroughputResult[]>(live.map((target) => [target.endpoint.name, []]));
  for (let round = 0; round < options.rounds; round++) {
    for (let i = 0; i < live.length; i++) {
      const target = live[(i + round) % live.length];
      try {
        rounds.get(target.endpoint.name)!.push(await measureThroughput(target.endpoint, { ...options, warmupS: 0 }, target.pid));
      } catch (error) {
        onError(target.endpoint, error);
      }
    }
  }
  const results = new Map<string, ThroughputResult>();
  for (const [name, measured] of rounds) if (measured.length > 0) results.set(name, medianRound(measured));
  return results;
}

/**
 * A target's rps as a share of the floor's, round by round (rounds of one pass run minutes apart
 * at most, so they share the machine's speed), and the median of those shares.
 */
export function pairedRoundShares(floor: readonly number[], target: readonly number[]): { shares: number[]; median: number } | undefined {
  const shares: number[] = [];
  for (let round = 0; round < Math.min(floor.length, target.length); round++) {
    if (floor[round] > 0) shares.push(Math.round((target[round] / floor[round]) * 100) / 100);
  }
  if (shares.length === 0) return undefined;
  return { shares, median: percentile([...shares].sort(ascending), 50) };
}
