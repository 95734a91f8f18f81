import type { ChatCompletion, ChatResult, EmbeddingsResult } from '../../spec/openai-wire.js';
import { usageFromOpenAI, type Usage } from '../../spec/usage.js';
import { usageMember } from '../kit/usage-member.js';
import { parseAnswer, type AnswerDecoder } from '../kit/upstream-client.js';

/**
 * An answer already in OpenAI's wire format, passed on as its bytes. Its usage is read from its
 * top-level `usage` member without parsing the rest (`usageMember`); an answer without one is
 * parsed whole at once, so that a body that is not JSON fails the attempt there. The parsed body
 * is made only when something reads it (guard restoration, the Messages route).
 */
class OpenAIAnswer<Body> {
  readonly raw: Buffer;
  readonly usage: Usage | undefined;
  readonly upstreamStatus: number;
  readonly #provider: string;
  #body: Body | undefined;

  constructor(provider: string, raw: Buffer, status: number) {
    this.raw = raw;
    this.upstreamStatus = status;
    this.#provider = provider;
    const usage = usageMember(raw);
    if (usage === undefined) this.#body = parseAnswer(provider, raw);
    this.usage = usageFromOpenAI(usage ?? (this.#body as { usage?: unknown } | undefined)?.usage);
  }

  /** The answer parsed; throws `upstream_invalid_response` when it is not JSON after all. */
  get body(): Body {
    this.#body ??= parseAnswer(this.#provider, this.raw);
    return this.#body!;
  }
}

/** Decodes a chat completion answer of `provider` (see `OpenAIAnswer`). */
export function chatAnswer(provider: string): AnswerDecoder<ChatResult> {
  return (raw, status) => new OpenAIAnswer<ChatCompletion>(provider, raw, status);
}

/** Decodes an embeddings answer of `provider`: its vectors are never parsed on the way through. */
export function embeddingsAnswer(provider: string): AnswerDecoder<EmbeddingsResult> {
  return (raw, status) => new OpenAIAnswer<Record<string, unknown>>(provider, raw, status);
}
