import { scanHclOutline, type OutlineNode } from './hcl-outline.js';

/** A 1-based line and column in a source text. */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/** Options for `locateInSource`. */
export interface LocateOptions {
  /** Treat the text as JSON instead of HCL. */
  readonly json?: boolean;
  /** Which occurrence to return when the full path matches several times (0-based; for duplicates). */
  readonly occurrence?: number;
}

/**
 * Finds where a document path such as `["provider", "openai", "base_url"]` is written. hcl2json
 * reports no positions for attributes, so this scans the text lightly: block headers, attributes
 * and object keys, nested by braces. When the full path is absent (a missing attribute) it returns
 * the deepest part found, usually the enclosing block header. JSON text gets an approximate,
 * key-by-key search.
 */
export function locateInSource(
  text: string,
  path: readonly string[],
  options: LocateOptions = {},
): SourcePosition | undefined {
  if (path.length === 0) return undefined;
  const offset = options.json ? locateJsonKey(text, path) : locateHclNode(text, path, options.occurrence ?? 0);
  return offset === undefined ? undefined : positionOf(text, offset);
}

interface Match {
  readonly node: OutlineNode;
  readonly depth: number;
}

function locateHclNode(text: string, path: readonly string[], occurrence: number): number | undefined {
  const matches: Match[] = [];
  collectMatches(scanHclOutline(text), path, 0, matches);
  const full = matches.filter((match) => match.depth === path.length);
  if (full.length > 0) return (full[occurrence] ?? full[0]).node.offset;
  let best: Match | undefined;
  for (const match of matches) if (best === undefined || match.depth > best.depth) best = match;
  return best?.node.offset;
}

/** A node matches its name plus as many labels as it has (or as the path has left). */
function collectMatches(nodes: readonly OutlineNode[], path: readonly string[], index: number, out: Match[]): void {
  for (const node of nodes) {
    if (node.name !== path[index]) continue;
    let next = index + 1;
    let labelsMatch = true;
    for (const label of node.labels) {
      if (next >= path.length) break;
      if (path[next] !== label) {
        labelsMatch = false;
        break;
      }
      next += 1;
    }
    if (!labelsMatch) continue;
    if (next >= path.length) {
      out.push({ node, depth: path.length });
      continue;
    }
    const before = out.length;
    collectMatches(node.children, path, next, out);
    if (out.length === before) out.push({ node, depth: next });
  }
}

/** Finds each key of the path in turn, each after the previous one: close enough for JSON. */
function locateJsonKey(text: string, path: readonly string[]): number | undefined {
  let found: number | undefined;
  let from = 0;
  for (const segment of path) {
    const pattern = new RegExp(`${escapeRegExp(JSON.stringify(segment))}\\s*:`, 'g');
    pattern.lastIndex = from;
    const match = pattern.exec(text);
    if (match === null) break;
    found = match.index;
    from = match.index + match[0].length;
  }
  return found;
}

function positionOf(text: string, offset: number): SourcePosition {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
