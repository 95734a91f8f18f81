import type { ChatCompletionRequest } from '../spec/openai-schemas.js';

/** What can be classified: a chat request, or bare texts (other APIs, tests, tools). */
export type ClassifiableInput = ChatCompletionRequest | { readonly texts: readonly string[] };

/**
 * Where a text lives in the input, as property keys from the root:
 * `['messages', 2, 'content']`, `['messages', 2, 'content', 1, 'text']`,
 * `['messages', 3, 'tool_calls', 0, 'function', 'arguments']`, `['texts', 0]`.
 */
export type TextPath = readonly (string | number)[];

type Visit = (text: string, path: TextPath) => void;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function visitContent(content: unknown, base: TextPath, visit: Visit): void {
  if (typeof content === 'string') {
    visit(content, [...base, 'content']);
    return;
  }
  if (!Array.isArray(content)) return;
  // Only text parts: image_url, input_audio and file parts are binary or references, not prompt text.
  content.forEach((part, index) => {
    if (isRecord(part) && part.type === 'text' && typeof part.text === 'string') visit(part.text, [...base, 'content', index, 'text']);
  });
}

/**
 * Calls `visit` for every text the model will read: message contents (strings or text parts, tool
 * results included), tool-call arguments and legacy `function_call` arguments. Names, ids, tool
 * schemas and image parts are not visited.
 */
export function forEachText(input: ClassifiableInput, visit: Visit): void {
  if ('texts' in input && Array.isArray(input.texts)) {
    input.texts.forEach((text, index) => {
      if (typeof text === 'string') visit(text, ['texts', index]);
    });
    return;
  }
  const messages = (input as ChatCompletionRequest).messages;
  if (!Array.isArray(messages)) return;
  messages.forEach((message: unknown, index) => {
    if (!isRecord(message)) return;
    const base: TextPath = ['messages', index];
    visitContent(message.content, base, visit);
    if (Array.isArray(message.tool_calls)) {
      message.tool_calls.forEach((call: unknown, callIndex) => {
        const fn = isRecord(call) ? call.function : undefined;
        if (isRecord(fn) && typeof fn.arguments === 'string') visit(fn.arguments, [...base, 'tool_calls', callIndex, 'function', 'arguments']);
      });
    }
    const legacy = message.function_call;
    if (isRecord(legacy) && typeof legacy.arguments === 'string') visit(legacy.arguments, [...base, 'function_call', 'arguments']);
  });
}

/** The value at `path`, or undefined when the path leads nowhere. */
export function valueAt(root: unknown, path: TextPath): unknown {
  let node = root;
  for (const key of path) {
    if (!isRecord(node)) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}
