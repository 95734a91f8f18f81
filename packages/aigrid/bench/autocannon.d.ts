// Minimal types for the parts of autocannon 8 the bench uses (the package ships none).
declare module 'autocannon' {
  import type { Socket } from 'node:net';

  interface AutocannonClient {
    conn: Socket;
    _connect(): void;
  }

  interface Options {
    url: string;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    connections?: number;
    pipelining?: number;
    duration?: number;
    /** Requests per second across all connections (open-loop pacing). */
    overallRate?: number;
    timeout?: number;
    setupClient?: (client: AutocannonClient) => void;
  }

  interface Histogram {
    average: number;
    p50: number;
    p99: number;
    total: number;
  }

  interface Result {
    duration: number;
    requests: Histogram;
    latency: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    '2xx': number;
  }

  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
  export type { AutocannonClient, Options, Result };
}
