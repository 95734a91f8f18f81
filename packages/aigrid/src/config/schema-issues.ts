import { z } from 'zod';
import type { PendingIssue } from './config-error.js';
import { didYouMean } from './name-suggestion.js';
import { pathKey } from './value-evaluator.js';

/** Where a validated value sits, for wording and locating its issues. */
export interface IssueContext {
  /** Path of the validated value in the document, e.g. `["provider", "openai"]`. */
  readonly path: readonly string[];
  /** How messages name the value, e.g. `provider "openai"`; empty at the top level. */
  readonly subject: string;
  /** The value that was validated (after `env()` evaluation). */
  readonly input: unknown;
  /** Unset `env()` variables by `pathKey`, to explain missing values. */
  readonly unset: ReadonlyMap<string, readonly string[]>;
}

/** Turns zod issues into readable, locatable config issues with suggestions. */
export function describeSchemaIssues(error: z.ZodError, schema: z.ZodType, context: IssueContext): PendingIssue[] {
  const prefix = context.subject === '' ? '' : `${context.subject}: `;
  return error.issues.flatMap((issue): PendingIssue[] => {
    const relative = issue.path.map(String);
    const path = [...context.path, ...relative];
    const name = relative.join('.');
    if (issue.code === 'unrecognized_keys') {
      const known = objectKeysAt(schema, relative);
      return issue.keys.map((key) => ({
        path: [...path, key],
        message: `${prefix}unknown attribute "${[...relative, key].join('.')}"`,
        hint: didYouMean(key, known) ?? (known.length > 0 ? `expected one of ${quoteAll(known)}` : undefined),
      }));
    }
    const received = valueAt(context.input, relative);
    const unset = context.unset.get(pathKey(path));
    const unsetHint = unset === undefined ? undefined : `environment variable ${unset.join(', ')} is not set`;
    if (issue.code === 'invalid_type' && received === undefined) {
      return [{ path, message: `${prefix}missing required attribute "${name}"`, hint: unsetHint }];
    }
    const message = `${prefix}attribute "${name}" ${expectation(issue)}`;
    if (issue.code === 'invalid_value') {
      const options = issue.values.map(String);
      const hint = typeof received === 'string' ? didYouMean(received, options) : undefined;
      return [{ path, message: `${message}, got ${describeValue(received)}`, hint }];
    }
    if (issue.code === 'custom') {
      if (issue.message.startsWith('missing ')) return [{ path, message: `${prefix}${issue.message}`, hint: unsetHint }];
      return [{ path, message: `${prefix}attribute "${name}" ${issue.message}, got ${describeValue(received)}` }];
    }
    return [{ path, message: `${message}, got ${describeValue(received)}` }];
  });
}

function expectation(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${TYPE_NOUNS[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `must be one of ${quoteAll(issue.values.map(String))}`;
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return 'must not be empty';
      return `must be at least ${issue.minimum}`;
    case 'too_big':
      return `must be at most ${issue.maximum}`;
    default:
      return issue.message;
  }
}

const TYPE_NOUNS: Readonly<Record<string, string>> = {
  number: 'a number',
  int: 'a whole number',
  string: 'a string',
  boolean: 'true or false',
  record: 'a map of strings, e.g. { "Name" = "value" }',
  object: 'a block or map',
  array: 'a list',
};

/** Short description of a received value for messages. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return value.every(isPlainObject) ? 'a block' : 'a list';
  if (isPlainObject(value)) return 'a map';
  return String(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function valueAt(root: unknown, path: readonly string[]): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/** Keys the schema accepts for the object at `path`, to suggest the closest to an unknown key. */
function objectKeysAt(schema: z.ZodType, path: readonly string[]): string[] {
  let node: unknown = schema;
  for (let index = 0; index <= path.length; index++) {
    while (node instanceof z.ZodOptional || node instanceof z.ZodDefault) node = node.unwrap();
    if (!(node instanceof z.ZodObject)) return [];
    if (index === path.length) return Object.keys(node.shape);
    node = node.shape[path[index]];
  }
  return [];
}

function quoteAll(values: readonly string[]): string {
  return values.map((value) => `"${value}"`).join(', ');
}
