import { GridError } from '../../spec/grid-error.js';
import type { ChatStream } from '../../spec/openai-wire.js';

/**
 * Holds a stream to the route's total deadline after it has started: when the deadline passes,
 * the upstream call is cancelled and the stream fails with upstream_timeout (the client then gets
 * an error event, since bytes were already sent).
 */
export function withDeadline(stream: ChatStream, deadline: number | undefined, cancel: () => void, now: () => number = Date.now): ChatStream {
  if (deadline === undefined) return stream;
  return {
    upstreamStatus: stream.upstreamStatus,
    warnings: stream.warnings,
    usage: () => stream.usage(),
    async *[Symbol.asyncIterator]() {
      let expired = false;
      const timer = setTimeout(() => {
        expired = true;
        cancel();
      }, Math.max(0, deadline - now()));
      try {
        for await (const event of stream) yield event;
      } catch (error) {
        if (expired) throw new GridError('upstream_timeout', 'The route\'s total timeout ran out during the stream.', { upstreamStatus: 504, cause: error });
        throw error;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
