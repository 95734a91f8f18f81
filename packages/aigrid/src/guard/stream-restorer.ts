import { replacePlaceholders } from './placeholder-text.js';

/** Restores placeholders in a stream of text deltas. One per response stream; not shareable. */
export interface StreamRestorer {
  /** Takes the next delta; returns the text that is safe to emit now, placeholders restored. */
  push(delta: string): string;
  /** Ends the stream: returns whatever was held back, restored where complete. */
  flush(): string;
}

/**
 * A restorer for streamed output. It holds back only a tail that starts with '[' and is a proper
 * prefix of an issued placeholder — at most the longest placeholder's length minus one — so a
 * placeholder split across deltas ("[EMA" + "IL_1]") is restored whole and nothing else is delayed.
 */
export function createStreamRestorer(values: ReadonlyMap<string, string>): StreamRestorer {
  let longest = 0;
  const prefixes = new Set<string>();
  for (const placeholder of values.keys()) {
    longest = Math.max(longest, placeholder.length);
    for (let length = 1; length < placeholder.length; length++) prefixes.add(placeholder.slice(0, length));
  }
  const restore = (text: string) => replacePlaceholders(text, values, longest, (value) => value);
  let pending = '';
  return {
    push(delta) {
      if (values.size === 0) return delta;
      const text = pending + delta;
      const open = text.lastIndexOf('[');
      const hold = open >= 0 && text.length - open < longest && prefixes.has(text.slice(open)) ? open : text.length;
      pending = text.slice(hold);
      return restore(text.slice(0, hold));
    },
    flush() {
      const text = pending;
      pending = '';
      return restore(text);
    },
  };
}
