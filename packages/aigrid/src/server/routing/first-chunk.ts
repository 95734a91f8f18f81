import { GridError } from '../../spec/grid-error.js';
import type { ChatStream, ChatStreamEvent } from '../../spec/openai-wire.js';

/**
 * Waits for a stream's first event before the client sees anything, so a stream that fails or
 * stays silent past `firstTokenMs` can still fall back to another deployment. Returns a stream
 * that replays that first event, then continues.
 */
export async function awaitFirstChunk(stream: ChatStream, firstTokenMs: number | undefined, cancel: () => void): Promise<ChatStream> {
  const iterator = stream[Symbol.asyncIterator]();
  let timer: NodeJS.Timeout | undefined;
  const timeout =
    firstTokenMs === undefined
      ? undefined
      : new Promise<never>((_, reject) => {
          timer = setTimeout(() => {
            cancel();
            reject(new GridError('upstream_timeout', `No first token within ${firstTokenMs} ms.`, { upstreamStatus: 504 }));
          }, firstTokenMs);
        });
  let first: IteratorResult<ChatStreamEvent>;
  try {
    first = await (timeout ? Promise.race([iterator.next(), timeout]) : iterator.next());
  } finally {
    clearTimeout(timer);
  }
  return {
    upstreamStatus: stream.upstreamStatus,
    warnings: stream.warnings,
    usage: () => stream.usage(),
    async *[Symbol.asyncIterator]() {
      if (first.done) return;
      yield first.value;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    },
  };
}
