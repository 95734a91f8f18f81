import { randomUUID } from 'node:crypto';
import type { GeminiPart } from './gemini-wire.js';

/** An OpenAI tool call, with Gemini's thought signature carried where Google's own OpenAI endpoint puts it. */
export interface OpenAIToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
  extra_content?: { google: { thought_signature: string } };
}

/** Finish reasons that mean "stopped by a safety or policy filter". */
const FILTERED = new Set(['SAFETY', 'RECITATION', 'BLOCKLIST', 'PROHIBITED_CONTENT', 'SPII', 'IMAGE_SAFETY', 'IMAGE_PROHIBITED_CONTENT', 'IMAGE_RECITATION']);

/**
 * Gemini finishReason → OpenAI finish_reason: STOP → stop (tool_calls when the candidate called a
 * function), MAX_TOKENS → length, safety and policy reasons → content_filter, anything else
 * (OTHER, LANGUAGE, MALFORMED_FUNCTION_CALL, reasons added later…) → stop; the raw reason is kept
 * beside it as `native_finish_reason`.
 */
export function mapFinishReason(reason: string, hasToolCalls: boolean): 'stop' | 'length' | 'tool_calls' | 'content_filter' {
  if (reason === 'MAX_TOKENS') return 'length';
  if (FILTERED.has(reason)) return 'content_filter';
  return hasToolCalls ? 'tool_calls' : 'stop';
}

/** A tool-call id for a call Gemini gave none: `call_` + 32 hex digits, within OpenAI's 40-character limit. */
export const newToolCallId = (): string => `call_${randomUUID().replaceAll('-', '')}`;

function toolCall(part: GeminiPart): OpenAIToolCall | undefined {
  const call = part.functionCall;
  if (!call || typeof call.name !== 'string') return undefined;
  const result: OpenAIToolCall = {
    id: typeof call.id === 'string' && call.id ? call.id : newToolCallId(),
    type: 'function',
    function: { name: call.name, arguments: JSON.stringify(call.args ?? {}) },
  };
  if (typeof part.thoughtSignature === 'string') result.extra_content = { google: { thought_signature: part.thoughtSignature } };
  return result;
}

/**
 * Reads a candidate's parts: answer text (thought summaries left out) and function calls.
 * `text` is undefined when the parts hold no text at all.
 */
export function readParts(parts: GeminiPart[] | undefined): { text?: string; toolCalls: OpenAIToolCall[] } {
  let text: string | undefined;
  const toolCalls: OpenAIToolCall[] = [];
  for (const part of Array.isArray(parts) ? parts : []) {
    if (typeof part?.text === 'string' && part.thought !== true) text = (text ?? '') + part.text;
    const call = toolCall(part ?? {});
    if (call) toolCalls.push(call);
  }
  return { text, toolCalls };
}
