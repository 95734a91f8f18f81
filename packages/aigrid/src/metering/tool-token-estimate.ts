import type { EncodingName, TextCounter } from './token-count.js';

/** The tool definitions of a chat request, read leniently. */
export type ToolDefinitions = ReadonlyArray<{ type: string; function?: { name: string; description?: string; parameters?: Record<string, unknown> } }>;

/**
 * Per-definition overheads from OpenAI's cookbook ("How to count tokens with tiktoken", section 7),
 * which match the API's prompt_tokens for gpt-4o/gpt-4o-mini and for gpt-3.5-turbo/gpt-4.
 */
const OVERHEAD = {
  o200k_base: { functionStart: 7, propertiesStart: 3, property: 3, enumStart: -3, enumItem: 3, end: 12 },
  cl100k_base: { functionStart: 10, propertiesStart: 3, property: 3, enumStart: -3, enumItem: 3, end: 12 },
} as const;

/**
 * Tokens that function tool definitions add to the prompt: per function its name and description,
 * per top-level parameter its name, type, description and enum values, plus fixed overheads.
 * Nested schemas are counted only through their top-level type, as the cookbook does; other tool
 * types (built-in tools) are counted as their JSON.
 */
export function estimateToolTokens(tools: ToolDefinitions, encoding: EncodingName, count: TextCounter): number {
  if (tools.length === 0) return 0;
  const overhead = OVERHEAD[encoding];
  let tokens = 0;
  for (const tool of tools) {
    const fn = tool.function;
    if (tool.type !== 'function' || !fn) {
      tokens += count(JSON.stringify(tool));
      continue;
    }
    tokens += overhead.functionStart + count(`${fn.name}:${withoutFinalPeriod(fn.description)}`);
    const properties = asRecord(fn.parameters?.properties);
    const names = properties ? Object.keys(properties) : [];
    if (names.length === 0) continue;
    tokens += overhead.propertiesStart;
    for (const name of names) {
      const property = asRecord(properties![name]) ?? {};
      tokens += overhead.property;
      if (Array.isArray(property.enum)) {
        tokens += overhead.enumStart;
        for (const item of property.enum) tokens += overhead.enumItem + count(String(item));
      }
      const type = Array.isArray(property.type) ? property.type.join(',') : String(property.type ?? '');
      tokens += count(`${name}:${type}:${withoutFinalPeriod(property.description)}`);
    }
  }
  return tokens + overhead.end;
}

function withoutFinalPeriod(text: unknown): string {
  const value = typeof text === 'string' ? text : '';
  return value.endsWith('.') ? value.slice(0, -1) : value;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
