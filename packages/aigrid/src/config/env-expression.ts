/** The result of evaluating one string value. */
export type EvaluatedString =
  | {
      readonly ok: true;
      /** Undefined when an `env()` without default named an unset variable. */
      readonly value: string | undefined;
      /** Variables that were unset and had no default. */
      readonly unset: readonly string[];
    }
  | { readonly ok: false; readonly message: string };

const SUPPORTED = 'only env("NAME") and env("NAME", "default") are supported';

/**
 * Evaluates a string in the JSON form hcl2json produces: literal text with `${ … }`
 * interpolations, `$${` and `%%{` as escapes. The only expression allowed inside `${ }` is
 * `env("NAME")` or `env("NAME", "default")`.
 *
 * A variable that is unset or set to the empty string counts as unset: the default is used when
 * given; without one the whole string is unset (`value: undefined`), because a half-built value
 * such as `"Bearer "` is never what the user meant.
 */
export function evaluateString(text: string, env: NodeJS.ProcessEnv): EvaluatedString {
  let output = '';
  const unset: string[] = [];
  let index = 0;
  while (index < text.length) {
    if (text.startsWith('$${', index) || text.startsWith('%%{', index)) {
      output += text.slice(index + 1, index + 3);
      index += 3;
    } else if (text.startsWith('%{', index)) {
      return { ok: false, message: `template directives (%{ … }) are not supported; ${SUPPORTED}` };
    } else if (text.startsWith('${', index)) {
      const end = closingBrace(text, index + 2);
      if (end < 0) return { ok: false, message: `unterminated interpolation in "${text}"` };
      const call = parseEnvCall(text.slice(index + 2, end));
      if (call === undefined) {
        return { ok: false, message: `unsupported expression "${text.slice(index, end + 1)}"; ${SUPPORTED}` };
      }
      const value = env[call.name];
      if (value !== undefined && value !== '') output += value;
      else if (call.fallback !== undefined) output += call.fallback;
      else unset.push(call.name);
      index = end + 1;
    } else {
      output += text[index];
      index += 1;
    }
  }
  return { ok: true, value: unset.length > 0 ? undefined : output, unset };
}

/** Index of the `}` closing an interpolation that starts at `start`, skipping quoted strings. */
function closingBrace(text: string, start: number): number {
  let depth = 1;
  for (let index = start; index < text.length; index++) {
    const char = text[index];
    if (char === '"') {
      index = endOfQuoted(text, index);
      if (index < 0) return -1;
    } else if (char === '{') depth += 1;
    else if (char === '}' && --depth === 0) return index;
  }
  return -1;
}

/** Index of the quote that closes the quoted string opening at `start`, or -1. */
function endOfQuoted(text: string, start: number): number {
  for (let index = start + 1; index < text.length; index++) {
    if (text[index] === '\\') index += 1;
    else if (text[index] === '"') return index;
  }
  return -1;
}

interface EnvCall {
  readonly name: string;
  readonly fallback?: string;
}

/** Parses `env("NAME")` or `env("NAME", "default")`; anything else gives undefined. */
function parseEnvCall(expression: string): EnvCall | undefined {
  const match = /^\s*env\s*\(\s*("(?:[^"\\]|\\.)*")\s*(?:,\s*("(?:[^"\\]|\\.)*")\s*)?,?\s*\)\s*$/s.exec(expression);
  if (match === null) return undefined;
  const name = unquote(match[1]);
  const fallback = match[2] === undefined ? undefined : unquote(match[2]);
  // Nested templates inside the arguments would need a real evaluator; refuse them plainly.
  if (name === '' || name.includes('${') || fallback?.includes('${')) return undefined;
  return { name, fallback };
}

function unquote(literal: string): string {
  try {
    return JSON.parse(literal) as string;
  } catch {
    // HCL escapes are a superset of JSON's in rare cases; keep the raw text then.
    return literal.slice(1, -1);
  }
}
