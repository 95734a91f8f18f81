import { createRequire } from 'node:module';
import type o200kModule from 'gpt-tokenizer/encoding/o200k_base';

type Encoder = typeof o200kModule;

/** BPE encodings the estimator knows. */
export type EncodingName = 'o200k_base' | 'cl100k_base';

/** Counts the tokens of a text in one encoding. */
export type TextCounter = (text: string) => number;

// Special-token markers such as "<|endoftext|>" in user text are plain text to the model's API.
const PLAIN_TEXT = { disallowedSpecial: new Set<string>() };

/** Texts longer than this (UTF-16 units) are estimated from samples instead of encoded whole. */
export const SAMPLED_TEXT_THRESHOLD = 32_768;
const SAMPLE_WINDOW = 4_096;

// GPT-3.5, GPT-4 (not 4o/4.1/4.5) and the OpenAI embedding models use cl100k_base.
const CL100K_MODEL = /(?:^|\/)(?:gpt-3\.5|gpt-35|gpt-4(?:-|$)|text-embedding-(?:ada-002|3-small|3-large))/i;

// Encodings are loaded on first use through require(), whose module cache keeps them: a gateway
// that never needs a count does not pay their tens of MB and hundreds of ms, and one that never
// meets an older model never loads cl100k. Admission reserves with a byte bound instead
// (token-estimate.ts), so only unreported usage and refusals near a limit load them; the first
// load pauses the event loop for ~0.2–0.4 s once.
const require = createRequire(import.meta.url);

/**
 * The encoding to estimate with: cl100k_base for GPT-3.5, GPT-4 and OpenAI's embedding models,
 * o200k_base for everything else. For models outside OpenAI's (Claude, Gemini, Llama…) either is
 * only an estimate of their own tokenizer's count.
 */
export function encodingForModel(model: string | undefined): EncodingName {
  return model !== undefined && CL100K_MODEL.test(model) ? 'cl100k_base' : 'o200k_base';
}

const ENCODING_MODULES: Record<EncodingName, string> = {
  o200k_base: 'gpt-tokenizer/cjs/encoding/o200k_base',
  cl100k_base: 'gpt-tokenizer/cjs/encoding/cl100k_base',
};

const encoder = (encoding: EncodingName) => require(ENCODING_MODULES[encoding]) as Encoder;

/** A counter for one encoding. */
export function textCounter(encoding: EncodingName): TextCounter {
  if (encoding === 'o200k_base') return countO200k;
  const cl100k = encoder('cl100k_base');
  return (text) => countLong(text, (part) => cl100k.countTokens(part, PLAIN_TEXT));
}

function countO200k(text: string): number {
  const o200k = encoder('o200k_base');
  return countLong(text, (part) => o200k.countTokens(part, PLAIN_TEXT));
}

/**
 * The text that token ids stand for in `encoding` (the guard scans token-id embeddings input this
 * way). Throws an Error for an id the encoding does not have.
 */
export function decodeTokens(tokens: readonly number[], encoding: EncodingName): string {
  return encoder(encoding).decode(tokens);
}

/**
 * Encodes short texts whole. A long text (a pasted document) would block the event loop for
 * ~80 µs per KB, so it is estimated from three 4 KB windows (start, middle, end) scaled by length.
 */
function countLong(text: string, count: TextCounter): number {
  if (text.length === 0) return 0;
  if (text.length <= SAMPLED_TEXT_THRESHOLD) return count(text);
  const middle = Math.floor((text.length - SAMPLE_WINDOW) / 2);
  const windows = [0, middle, text.length - SAMPLE_WINDOW];
  let sampled = 0;
  for (const start of windows) sampled += count(text.slice(start, start + SAMPLE_WINDOW));
  return Math.ceil((sampled * text.length) / (SAMPLE_WINDOW * windows.length));
}
