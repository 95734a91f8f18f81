// Builders shared by the router's tests (excluded from the build as *-fixtures.ts).
import { GridError } from '../../../src/spec/grid-error.js';
import type { ErrorCode } from '../../../src/spec/error-codes.js';
import { makeDeployment, makeRouteSpec, type DeploymentInput, type RouteSpecInput } from '../../../src/router/route-defaults.js';
import type { Clock, Sleep } from '../../../src/router/router-deps.js';
import type { Deployment, RequestFeatures } from '../../../src/router/router-types.js';

/** A cloud deployment with every capability, weight 1, provider `p-<id>`. */
export function deployment(id: string, overrides: Partial<DeploymentInput> = {}): Deployment {
  return makeDeployment({ id, provider: `p-${id}`, upstreamModel: `model-${id}`, ...overrides });
}

export function routeOf(deployments: Deployment[], overrides: Partial<RouteSpecInput> = {}) {
  return makeRouteSpec({ name: 'chat', deployments, ...overrides });
}

/** An interactive, plain-text request of 1,000 input tokens. */
export function features(overrides: Partial<RequestFeatures> = {}): RequestFeatures {
  return {
    estimatedInputTokens: 1_000,
    needs: { tools: false, vision: false, jsonSchema: false, streaming: false },
    headers: {},
    params: {},
    latencyClass: 'interactive',
    ...overrides,
  };
}

export interface FakeClock {
  readonly now: Clock;
  advance(ms: number): void;
}

export function fakeClock(start = 1_700_000_000_000): FakeClock {
  let time = start;
  return { now: () => time, advance: (ms) => void (time += ms) };
}

/** A sleep that advances the fake clock instead of waiting, and remembers each wait. */
export function fakeSleep(clock: FakeClock): Sleep & { waits: number[] } {
  const waits: number[] = [];
  const sleep = async (ms: number) => {
    waits.push(ms);
    clock.advance(ms);
  };
  return Object.assign(sleep, { waits });
}

/** The error an adapter throws for an upstream HTTP status (as mapUpstreamStatus does). */
export function upstreamError(status: number, retryAfterSeconds?: number): GridError {
  const code: ErrorCode =
    status === 401 || status === 403
      ? 'upstream_auth_failed'
      : status === 404
        ? 'upstream_not_found'
        : status === 429
          ? 'upstream_rate_limited'
          : status === 503
            ? 'upstream_overloaded'
            : status >= 500
              ? 'upstream_error'
              : 'upstream_bad_request';
  return new GridError(code, `upstream answered ${status}`, { upstreamStatus: status, retryAfterSeconds });
}
