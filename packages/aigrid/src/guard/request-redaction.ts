import { writeAtPaths } from './copy-on-write.js';
import type { GuardResult } from './guard-classifier.js';
import { PLACEHOLDER_SHAPE, placeholderFor, placeholderLabel, replacePlaceholders } from './placeholder-text.js';
import { forEachText, valueAt, type ClassifiableInput, type TextPath } from './request-texts.js';
import { createStreamRestorer, type StreamRestorer } from './stream-restorer.js';

/** A redacted request and the means to put the values back into the model's answer. */
export interface Redaction<T> {
  /** The request with every span replaced by its placeholder (the input when nothing was found). */
  readonly request: T;
  /** Distinct placeholders issued. */
  readonly placeholderCount: number;
  /** Replaces the placeholders this redaction issued with their values; nothing else changes. */
  restore(text: string): string;
  /** As restore, for text inside a JSON string literal (tool-call arguments): values are JSON-escaped. */
  restoreJson(text: string): string;
  /** A restorer for one streamed response (text deltas). */
  createStreamRestorer(): StreamRestorer;
}

/** Placeholder-shaped text the client itself sent: never issued, so a restore can't confuse them. */
function placeholdersInInput(input: ClassifiableInput): Set<string> {
  const found = new Set<string>();
  forEachText(input, (text) => {
    if (!text.includes('[')) return;
    for (const match of text.matchAll(PLACEHOLDER_SHAPE)) found.add(match[0]);
  });
  return found;
}

const jsonEscape = (value: string) => JSON.stringify(value).slice(1, -1);

/**
 * Replaces each span found by `classify` with a stable placeholder such as `[EMAIL_1]`: the same
 * type and exact value get the same placeholder everywhere in the request, numbered per label in
 * order of appearance, skipping numbers the client's own text already uses. Never mutates `input`
 * (objects along changed paths are copied). Throws if `result` does not fit `input`.
 */
export function redact<T extends ClassifiableInput>(input: T, result: GuardResult): Redaction<T> {
  const values = new Map<string, string>();
  const issued = new Map<string, string>();
  const counters = new Map<string, number>();
  const reserved = result.spans.length > 0 ? placeholdersInInput(input) : new Set<string>();
  const placeholderOf = (type: string, value: string) => {
    const key = `${type}\u0000${value}`;
    let placeholder = issued.get(key);
    if (placeholder !== undefined) return placeholder;
    const label = placeholderLabel(type);
    let number = counters.get(label) ?? 0;
    do placeholder = placeholderFor(label, ++number);
    while (reserved.has(placeholder));
    counters.set(label, number);
    issued.set(key, placeholder);
    values.set(placeholder, value);
    return placeholder;
  };
  const writes: Array<readonly [TextPath, string]> = [];
  for (const { path, spans } of result.spans) {
    const text = valueAt(input, path);
    if (typeof text !== 'string' || spans.some((span) => span.end > text.length)) {
      throw new Error(`redact: the classification does not match the request at ${path.join('.')}`);
    }
    let redacted = '';
    let copied = 0;
    for (const span of spans) {
      redacted += text.slice(copied, span.start) + placeholderOf(span.type, text.slice(span.start, span.end));
      copied = span.end;
    }
    writes.push([path, redacted + text.slice(copied)]);
  }
  let longest = 0;
  for (const placeholder of values.keys()) longest = Math.max(longest, placeholder.length);
  return {
    request: writes.length === 0 ? input : writeAtPaths(input, writes),
    placeholderCount: values.size,
    restore: (text) => replacePlaceholders(text, values, longest, (value) => value),
    restoreJson: (text) => replacePlaceholders(text, values, longest, jsonEscape),
    createStreamRestorer: () => createStreamRestorer(values),
  };
}
