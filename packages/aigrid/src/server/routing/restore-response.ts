import type { Redaction } from '../../guard/guard.js';
import type { ChatResult, ChatStream } from '../../spec/openai-wire.js';

/**
 * Puts redacted values back into message text. Tool-call arguments are left with placeholders:
 * they go to the client's code, not a person, and the policy asked for the values not to travel.
 */
export function restoreCompletion(result: ChatResult, redaction: Redaction<unknown>): ChatResult {
  const choices = result.body.choices?.map((choice) => {
    const message = choice.message as { content?: unknown } | undefined;
    if (!message || typeof message.content !== 'string') return choice;
    return { ...choice, message: { ...message, content: redaction.restore(message.content) } };
  });
  // The body changed, so the upstream bytes no longer describe it.
  return { ...result, raw: undefined, body: { ...result.body, choices } };
}

/** Restores streamed text deltas, holding back only what could be a split placeholder. */
export function restoreChunks(stream: ChatStream, redaction: Redaction<unknown>): ChatStream {
  const restorer = redaction.createStreamRestorer();
  return {
    upstreamStatus: stream.upstreamStatus,
    warnings: stream.warnings,
    usage: () => stream.usage(),
    async *[Symbol.asyncIterator]() {
      let template: Record<string, unknown> | undefined;
      for await (const event of stream) {
        const chunk = JSON.parse(event.data);
        const choice = chunk.choices?.[0];
        if (choice?.delta && typeof choice.delta.content === 'string') {
          template = chunk;
          choice.delta.content = restorer.push(choice.delta.content);
        }
        if (choice?.finish_reason) {
          const rest = restorer.flush();
          if (rest) choice.delta = { ...choice.delta, content: `${choice.delta?.content ?? ''}${rest}` };
        }
        yield { data: JSON.stringify(chunk) };
      }
      const rest = restorer.flush();
      if (rest && template) {
        yield { data: JSON.stringify({ ...template, choices: [{ index: 0, delta: { content: rest }, finish_reason: null }] }) };
      }
    },
  };
}
