import { randomUUID } from 'node:crypto';
import type { ChatCompletion } from '../../spec/openai-wire.js';
import { usageToOpenAI, type Usage } from '../../spec/usage.js';
import { mapFinishReason, readParts } from './gemini-candidate.js';
import type { GeminiCandidate, GeminiGenerateResponse } from './gemini-wire.js';

function choice(candidate: GeminiCandidate, position: number) {
  const { text, toolCalls } = readParts(candidate.content?.parts);
  const message: Record<string, unknown> = { role: 'assistant', content: text ?? null };
  if (toolCalls.length) message.tool_calls = toolCalls;
  const raw = typeof candidate.finishReason === 'string' ? candidate.finishReason : undefined;
  return {
    // Gemini's JSON leaves out a zero index.
    index: typeof candidate.index === 'number' ? candidate.index : position,
    message,
    logprobs: null,
    finish_reason: mapFinishReason(raw ?? 'STOP', toolCalls.length > 0),
    ...(raw ? { native_finish_reason: raw } : {}),
  };
}

/** The one choice of an answer without candidates: a blocked prompt is content_filter. */
function emptyChoice(blockReason: string | undefined) {
  if (!blockReason) return { index: 0, message: { role: 'assistant', content: null }, logprobs: null, finish_reason: 'stop' };
  return {
    index: 0,
    message: { role: 'assistant', content: null, refusal: `Gemini blocked the prompt (${blockReason}).` },
    logprobs: null,
    finish_reason: 'content_filter',
    native_finish_reason: blockReason,
  };
}

/**
 * A Gemini GenerateContentResponse → an OpenAI `chat.completion`: candidates[i] → choices[i]. A
 * prompt blocked by safety filters (promptFeedback.blockReason, no candidates) is an answer with
 * content null and finish_reason content_filter, not an error.
 */
export function toChatCompletion(response: GeminiGenerateResponse, model: string, usage: Usage | undefined): ChatCompletion {
  const candidates = Array.isArray(response.candidates) ? response.candidates : [];
  const choices = candidates.length ? candidates.map(choice).sort((a, b) => a.index - b.index) : [emptyChoice(response.promptFeedback?.blockReason)];
  return {
    id: `chatcmpl-${response.responseId ?? randomUUID()}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: response.modelVersion ?? model,
    choices,
    usage: usageToOpenAI(usage) ?? null,
  };
}
