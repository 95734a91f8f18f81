import { join } from 'node:path';
import type { GatewayConfig } from '../../config/config-types.js';
import { createLedgerRepository, type LedgerRepository } from '../../store/ledger-repository.js';
import { LedgerWriter } from '../../metering/ledger-writer.js';
import type { PriceSheet } from '../../metering/cost.js';
import { buildUsageEvent, type UsageEvent } from '../../metering/usage-event.js';
import {
  createMemoryLimiter,
  createRedisLimiter,
  limitHeaders,
  openLimiterRedis,
  pingRedis,
  refusalError,
  requestScopes,
  ResilientLimiter,
  type Admission,
  type FallbackEvent,
  type Limiter,
} from '../../metering/limits/index.js';
import { Counter, type Registry } from 'prom-client';
import { GridError } from '../../spec/grid-error.js';
import type { Store } from '../../store/open-store.js';
import type { AuthenticatedKey } from '../key-cache.js';
import type { Logger } from '../logger.js';
import type { RequestContext } from '../request-context.js';
import { applicableSpecs } from './governance-specs.js';
import type { GovernanceState } from './governance-state.js';

/** What a request needs admitted: its identity, the model, and worst-case cost and tokens. */
export interface AdmissionInput {
  readonly key: AuthenticatedKey;
  readonly model: string;
  readonly user?: string;
  readonly reserveMicros: number;
  readonly estimatedTokens: number;
  /**
   * Tighter amounts (input counted with the tokenizer) to try when a budget or token limit refuses
   * these, which bound the input; a refusal of the tighter amounts is the answer.
   */
  readonly exact?: () => { reserveMicros: number; estimatedTokens: number };
}

/**
 * Budgets, rate limits and the usage ledger around each request: admission before the upstream
 * call (reserving worst-case cost), settlement and a durable usage event after it.
 */
export class Governor {
  private constructor(
    private readonly limiter: Limiter,
    /** Replays ledger journals left by earlier versions, and takes events recorded outside a request. */
    readonly ledger: LedgerWriter,
    /** Where usage events are stored; a request's event is committed with its request-log row. */
    readonly events: LedgerRepository,
    private readonly governance: GovernanceState,
    private readonly logger: Logger,
    private readonly fallbacks: FallbackReport,
  ) {}

  /** `governance` supplies the budgets and limits, current on every request. */
  static async start(config: GatewayConfig, store: Store, governance: GovernanceState, logger: Logger): Promise<Governor> {
    const events = createLedgerRepository(store.db, store.dialect, store.sqliteInserter);
    const ledger = new LedgerWriter({
      journalDir: join(config.dataDir, 'ledger'),
      repository: events,
      onError: (error: unknown) => logger.warn('ledger write failed; events stay journaled', { error: String(error) }),
    });
    await ledger.start();
    const fallbacks = new FallbackReport(logger);
    let limiter: Limiter = createMemoryLimiter();
    if (config.redis) {
      const { keyPrefix, commandTimeoutMs, downAfterFailures, probeMs } = config.redisLimits;
      const redis = openLimiterRedis(config.redis, (error: unknown) => logger.warn('redis error', { error: String(error) }), commandTimeoutMs);
      limiter = new ResilientLimiter({
        primary: createRedisLimiter({ redis, ownsClient: true, prefix: keyPrefix, commandTimeoutMs }),
        fallback: createMemoryLimiter({ degraded: true }),
        probeAfterMs: probeMs,
        downAfterFailures,
        probe: () => pingRedis(redis, commandTimeoutMs),
        onFallback: (event) => fallbacks.record(event),
      });
    }
    return new Governor(limiter, ledger, events, governance, logger, fallbacks);
  }

  /** Adds `aigrid_limits_fallback_total` to the gateway's metrics registry. */
  registerMetrics(registry: Registry): void {
    this.fallbacks.register(registry);
  }

  /** True when budgets or limits exist at all; otherwise admission is skipped entirely. */
  get active(): boolean {
    const specs = this.governance.current.specs;
    return specs.budgets.length > 0 || specs.limits.length > 0;
  }

  /** Admits a request or throws the refusal as a GridError; undefined when no spec applies. */
  async admit(context: RequestContext, input: AdmissionInput): Promise<Admission | undefined> {
    if (!this.active) return undefined;
    const scopes = requestScopes({ tenant: input.key.tenant, project: input.key.project ?? undefined, key: input.key.id, user: input.user?.slice(0, 128), model: input.model });
    scopes.push(`tenant:${input.key.tenant}/model:${input.model}`);
    const specs = applicableSpecs(this.governance.current.specs, scopes);
    if (specs.budgets.length === 0 && specs.limits.length === 0) return undefined;
    const request = { requestId: context.id, scopes, budgets: specs.budgets, limits: specs.limits };
    let amounts = whole(input);
    let result = await this.limiter.admit({ ...request, ...amounts });
    if (!result.ok && (result.kind === 'budget' || result.kind === 'tokens') && input.exact) {
      const exact = whole(input.exact());
      if (exact.reserveMicros < amounts.reserveMicros || exact.estimatedTokens < amounts.estimatedTokens) {
        amounts = exact;
        result = await this.limiter.admit({ ...request, ...amounts });
      }
    }
    if (!result.ok) {
      const refusal = refusalError(result);
      throw new GridError(refusal.code, refusal.message, { retryAfterSeconds: refusal.retryAfterSeconds, headers: refusal.headers });
    }
    context.reservedMicros = amounts.reserveMicros;
    return result;
  }

  /** Headers describing remaining budget and rate limits after admission. */
  headers(admission: Admission): Record<string, string> {
    return limitHeaders(admission);
  }

  /** Asks for more budget mid-stream; false when a hard budget has no more room. */
  async extend(admission: Admission, extraMicros: number): Promise<boolean> {
    const result = await this.limiter.extend(admission.reservation, Math.max(1, Math.round(extraMicros)));
    return !('ok' in result && result.ok === false);
  }

  /**
   * Settles the request's admission with its actual cost and returns its usage event, which the
   * caller journals with the request-log row before the response ends. Undefined when nothing
   * was used (no deployment answered, or an error without usage).
   */
  finish(context: RequestContext, prices: PriceSheet | undefined): UsageEvent | undefined {
    const key = context.key;
    const admission = context.admission;
    if (!key || !context.deployment || !context.model || context.status >= 400 && context.status !== 499 && !context.usage) {
      if (admission) this.settle(admission, 0, 0);
      return undefined;
    }
    const event = buildUsageEvent({
      requestId: context.id,
      ts: context.timestamp,
      tenant: key.tenant,
      project: key.project,
      keyId: key.id,
      model: context.model,
      provider: context.provider ?? '',
      deployment: context.deployment,
      upstreamModel: context.upstreamModel ?? '',
      usage: context.usage,
      estimate: { inputTokens: () => context.inputTokens(), outputTokens: context.streamedOutputTokens ?? 0 },
      partial: context.streamed && context.errorCode !== undefined,
      prices: prices ?? {},
    });
    context.costMicros = event.costMicros;
    if (admission) this.settle(admission, event.costMicros, event.inputTokens + event.outputTokens);
    return event;
  }

  private settle(admission: Admission, actualMicros: number, actualTokens: number): void {
    this.limiter.complete(admission, { actualMicros, actualTokens }).catch((error: unknown) => this.logger.warn('settle failed', { error: String(error) }));
  }

  async close(): Promise<void> {
    await this.ledger.close();
    await this.limiter.close();
  }
}

const whole = (amounts: { reserveMicros: number; estimatedTokens: number }) => ({
  reserveMicros: Math.max(0, Math.round(amounts.reserveMicros)),
  estimatedTokens: Math.max(0, Math.round(amounts.estimatedTokens)),
});

/**
 * Decisions the limiter made without Redis: a counter by operation, outcome and reason, and a
 * `limits fallback` warning at most once a second (with how many were folded into it), so an
 * outage is visible without one log line per request.
 */
class FallbackReport {
  private counter: Counter<'operation' | 'outcome' | 'reason'> | undefined;
  private lastLogAt = 0;
  private suppressed = 0;

  constructor(private readonly logger: Logger) {}

  register(registry: Registry): void {
    this.counter ??= new Counter({
      name: 'aigrid_limits_fallback_total',
      help: 'Limiter decisions made by the outage policy instead of Redis, by operation, outcome and reason.',
      labelNames: ['operation', 'outcome', 'reason'] as const,
      registers: [registry],
    });
  }

  record(event: FallbackEvent): void {
    this.counter?.inc({ operation: event.operation, outcome: event.outcome, reason: event.reason });
    const now = Date.now();
    if (now - this.lastLogAt < 1_000) {
      this.suppressed += 1;
      return;
    }
    this.logger.warn('limits fallback', { operation: event.operation, outcome: event.outcome, reason: event.reason, suppressed: this.suppressed });
    this.lastLogAt = now;
    this.suppressed = 0;
  }
}
