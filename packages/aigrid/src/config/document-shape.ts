import type { BlockKind } from './config-blocks.js';
import type { PendingIssue } from './config-error.js';
import { didYouMean } from './name-suggestion.js';

/** One block found in the document, before validation. */
export interface BlockInstance {
  readonly kind: BlockKind;
  /** The block's label; `''` for singular blocks. */
  readonly label: string;
  readonly body: unknown;
  /** Document path of the block: `["provider", "openai"]` or `["server"]`. */
  readonly path: readonly string[];
}

/** The document split into top-level attributes and blocks. */
export interface DocumentShape {
  readonly attributes: Record<string, unknown>;
  readonly blocks: readonly BlockInstance[];
  readonly issues: readonly PendingIssue[];
}

/**
 * Splits a parsed document into top-level attributes and block instances. Accepts both the
 * hcl2json form (every block body in a list: `server: [{…}]`, `provider: {openai: [{…}]}`) and
 * the natural JSON form (`server: {…}`, `provider: {openai: {…}}`). Reports unknown top-level
 * names, repeated singular blocks and duplicate labels; the first occurrence is kept.
 */
export function splitDocument(
  document: unknown,
  kinds: readonly BlockKind[],
  attributeNames: readonly string[],
): DocumentShape {
  const attributes: Record<string, unknown> = {};
  const blocks: BlockInstance[] = [];
  const issues: PendingIssue[] = [];
  if (!isPlainObject(document)) {
    return { attributes, blocks, issues: [{ path: [], message: 'the configuration must be an object at the top level' }] };
  }
  const kindsByName = new Map(kinds.map((kind) => [kind.name, kind]));
  for (const [name, value] of Object.entries(document)) {
    const kind = kindsByName.get(name);
    if (kind === undefined) {
      if (attributeNames.includes(name)) attributes[name] = value;
      else issues.push(unknownName(name, value, [...kindsByName.keys(), ...attributeNames]));
    } else if (kind.labels === 0) {
      const body = singleBody(value, [name], `block "${name}"`, issues);
      if (body !== undefined) blocks.push({ kind, label: '', body, path: [name] });
    } else if (!isPlainObject(value)) {
      issues.push({ path: [name], message: `block "${name}" needs a label, e.g. ${name} "example" { … }` });
    } else {
      for (const [label, labelled] of Object.entries(value)) {
        const body = singleBody(labelled, [name, label], `${name} "${label}"`, issues);
        if (body !== undefined) blocks.push({ kind, label, body, path: [name, label] });
      }
    }
  }
  return { attributes, blocks, issues };
}

/** A block body written once: an object, or a list holding one object (hcl2json form). */
function singleBody(value: unknown, path: string[], subject: string, issues: PendingIssue[]): unknown {
  const bodies = Array.isArray(value) ? value : [value];
  if (bodies.length > 1) {
    const repeated = path.length === 1 ? `block "${path[0]}" may appear only once` : `duplicate ${subject}`;
    for (let occurrence = 1; occurrence < bodies.length; occurrence++) {
      issues.push({ path, message: repeated, hint: 'merge the blocks into one', occurrence });
    }
  }
  const body = bodies[0];
  if (isPlainObject(body)) return body;
  issues.push({ path, message: `${subject} must be a block { … }` });
  return undefined;
}

function unknownName(name: string, value: unknown, known: readonly string[]): PendingIssue {
  const isBlock = Array.isArray(value) || (isPlainObject(value) && Object.values(value).every(Array.isArray));
  return {
    path: [name],
    message: isBlock ? `unknown block type "${name}"` : `unknown attribute "${name}"`,
    hint: didYouMean(name, known) ?? `expected one of ${known.map((known) => `"${known}"`).join(', ')}`,
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
