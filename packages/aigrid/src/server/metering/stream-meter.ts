import type { GatewayDeps } from '../gateway-deps.js';
import type { RequestContext } from '../request-context.js';
import { streamedCost } from './reservation.js';

// Characters between budget checks: often enough to stop promptly, rare enough to stay cheap.
const CHECK_EVERY_CHARACTERS = 100;

/**
 * Meters a stream as it goes: counts output characters and, when the estimated cost passes what
 * is held for the request, asks the limiter for more; a refusal means a hard budget is spent.
 */
export class StreamMeter {
  private characters = 0;
  private checkedAt = 0;

  constructor(
    private readonly context: RequestContext,
    private readonly deps: GatewayDeps,
  ) {}

  /** Counts a chunk's text; true when a budget check is due (synchronous, so most chunks cost no await). */
  due(data: string): boolean {
    const start = data.indexOf('"content":"');
    if (start !== -1) this.characters += data.indexOf('"', start + 11) - start - 11;
    this.context.streamedOutputTokens = Math.ceil(this.characters / 4);
    return this.context.admission !== undefined && this.characters - this.checkedAt >= CHECK_EVERY_CHARACTERS;
  }

  /** Whether the stream may go on: asks for more budget when the estimate passed what is held. */
  async allow(): Promise<boolean> {
    const admission = this.context.admission;
    if (!admission) return true;
    this.checkedAt = this.characters;
    const held = this.context.reservedMicros ?? 0;
    // The reserved input bound first: when it fits, the count (never above it) fits too.
    if (streamedCost(this.context.reservedInputTokens ?? 0, this.characters, this.context.prices) <= held) return true;
    const spent = streamedCost(this.context.inputTokens(), this.characters, this.context.prices);
    if (spent <= held) return true;
    const extra = Math.max(spent - held, Math.ceil(held / 2));
    if (!(await this.deps.governor.extend(admission, extra))) return false;
    this.context.reservedMicros = held + extra;
    return true;
  }

  /** A last chunk that closes the choice with finish_reason "length", built from the current one. */
  finishChunk(data: string): string {
    try {
      const chunk = JSON.parse(data) as { choices?: unknown[]; usage?: unknown };
      return JSON.stringify({ ...chunk, choices: [{ index: 0, delta: {}, finish_reason: 'length' }], usage: undefined });
    } catch {
      return JSON.stringify({ object: 'chat.completion.chunk', choices: [{ index: 0, delta: {}, finish_reason: 'length' }] });
    }
  }
}
