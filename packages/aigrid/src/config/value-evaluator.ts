import { evaluateString } from './env-expression.js';

/** A problem in an expression, relative to the document root. */
export interface ExpressionProblem {
  readonly path: readonly string[];
  readonly message: string;
}

/** What evaluating one value tree gives. */
export interface EvaluatedValue {
  /** The value with every string evaluated; unset entries are removed from their object. */
  readonly value: unknown;
  /** Unset variables, by `pathKey` of the value that named them (for "required" hints). */
  readonly unset: ReadonlyMap<string, readonly string[]>;
  readonly problems: readonly ExpressionProblem[];
}

/** A stable map key for a path. */
export function pathKey(path: readonly (string | number)[]): string {
  return JSON.stringify(path.map(String));
}

/**
 * Evaluates every string in a parsed value tree (see `evaluateString`). An object entry whose value
 * turns out unset is left out, as if it had not been written, so that defaults apply and optional
 * values (an API key) stay undefined; whether that is acceptable is the schema's call.
 */
export function evaluateValue(value: unknown, path: readonly string[], env: NodeJS.ProcessEnv): EvaluatedValue {
  const unset = new Map<string, string[]>();
  const problems: ExpressionProblem[] = [];

  const visit = (node: unknown, at: readonly string[]): unknown => {
    if (typeof node === 'string') {
      const result = evaluateString(node, env);
      if (!result.ok) {
        problems.push({ path: at, message: result.message });
        return undefined;
      }
      if (result.unset.length > 0) unset.set(pathKey(at), [...result.unset]);
      return result.value;
    }
    if (Array.isArray(node)) return node.map((item, index) => visit(item, [...at, String(index)]));
    if (node !== null && typeof node === 'object') {
      const output: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(node)) {
        const evaluated = visit(item, [...at, key]);
        // defineProperty, not assignment: a JSON key "__proto__" must stay a plain (rejected) key.
        if (evaluated !== undefined) {
          Object.defineProperty(output, key, { value: evaluated, enumerable: true, writable: true, configurable: true });
        }
      }
      return output;
    }
    return node;
  };

  return { value: visit(value, path), unset, problems };
}
