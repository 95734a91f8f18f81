import { GridError } from '../../spec/grid-error.js';
import type { ChatCompletionRequest } from '../../spec/openai-schemas.js';
import { contentText, toGeminiParts } from './gemini-content-parts.js';
import type { GeminiContent, GeminiGenerateRequest, GeminiPart } from './gemini-wire.js';
import { quoteClient } from '../../spec/client-text.js';

type Message = ChatCompletionRequest['messages'][number];
type ToolCall = NonNullable<Message['tool_calls']>[number];

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Tool-call arguments (a JSON string) → the object Gemini's `functionCall.args` wants. */
function parseArguments(text: string, param: string): Record<string, unknown> {
  if (!text.trim()) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new GridError('invalid_request', 'Tool-call arguments must be a JSON object; these are not valid JSON.', { param });
  }
  if (!isPlainObject(value)) throw new GridError('invalid_request', 'Tool-call arguments must be a JSON object.', { param });
  return value;
}

/** A tool result → `functionResponse.response`, which must be an object: JSON objects go as they are. */
function toolResponse(content: unknown): Record<string, unknown> {
  const text = contentText(content);
  try {
    const value = JSON.parse(text) as unknown;
    return isPlainObject(value) ? value : { output: value };
  } catch {
    return { output: text };
  }
}

/** The thought signature a client kept on a tool call, in the field Google's own OpenAI-compatible endpoint uses. */
function thoughtSignature(call: ToolCall): string | undefined {
  const signature = (call as { extra_content?: { google?: { thought_signature?: unknown } } }).extra_content?.google?.thought_signature;
  return typeof signature === 'string' ? signature : undefined;
}

function functionCallPart(call: ToolCall, param: string): GeminiPart {
  // Ids are not sent: Gemini's request side rejects `id` on functionCall/functionResponse and pairs by name and order.
  const part: GeminiPart = { functionCall: { name: call.function.name, args: parseArguments(call.function.arguments, param) } };
  const signature = thoughtSignature(call);
  if (signature) part.thoughtSignature = signature;
  return part;
}

/** Where each tool call of the history sits: its function name and its position in its turn. */
function indexToolCalls(messages: Message[]): Map<string, { name: string; position: number }> {
  const calls = new Map<string, { name: string; position: number }>();
  for (const message of messages) message.tool_calls?.forEach((call, position) => calls.set(call.id, { name: call.function.name, position }));
  return calls;
}

/** Joins neighbouring contents of the same role, as Gemini expects alternating turns. */
function mergeSameRole(contents: GeminiContent[]): GeminiContent[] {
  const merged: GeminiContent[] = [];
  for (const content of contents) {
    const previous = merged.at(-1);
    if (previous && previous.role === content.role) previous.parts.push(...content.parts);
    else merged.push({ role: content.role, parts: [...content.parts] });
  }
  return merged;
}

/**
 * OpenAI messages → Gemini `contents` and `systemInstruction`. System and developer messages
 * (wherever they are) become the system instruction; assistant turns become `model` contents with
 * text and functionCall parts; tool results become `user` contents with functionResponse parts,
 * named after the call they answer and put in the order of the calls.
 */
export function toGeminiContents(messages: Message[], warnings: string[]): Pick<GeminiGenerateRequest, 'contents' | 'systemInstruction'> {
  const calls = indexToolCalls(messages);
  const system: Array<{ text: string }> = [];
  const contents: GeminiContent[] = [];
  let responses: Array<{ position: number; part: GeminiPart }> = [];
  const flushResponses = () => {
    if (responses.length) contents.push({ role: 'user', parts: responses.sort((a, b) => a.position - b.position).map((entry) => entry.part) });
    responses = [];
  };
  messages.forEach((message, index) => {
    if (message.role === 'tool' || message.role === 'function') {
      const call = message.tool_call_id ? calls.get(message.tool_call_id) : undefined;
      const name = call?.name ?? message.name;
      if (!name) throw new GridError('invalid_request', `The tool result answers tool_call_id ${quoteClient(message.tool_call_id ?? '')}, which no assistant message holds.`, { param: `messages[${index}].tool_call_id` });
      responses.push({ position: call?.position ?? Number.MAX_SAFE_INTEGER, part: { functionResponse: { name, response: toolResponse(message.content) } } });
      return;
    }
    flushResponses();
    if (message.role === 'system' || message.role === 'developer') {
      const text = contentText(message.content);
      if (text) system.push({ text });
      return;
    }
    const parts = toGeminiParts(message.content, warnings);
    if (message.role === 'assistant') {
      message.tool_calls?.forEach((call, position) => parts.push(functionCallPart(call, `messages[${index}].tool_calls[${position}].function.arguments`)));
    }
    if (parts.length) contents.push({ role: message.role === 'assistant' ? 'model' : 'user', parts });
  });
  flushResponses();
  return { contents: mergeSameRole(contents), systemInstruction: system.length ? { parts: system } : undefined };
}
