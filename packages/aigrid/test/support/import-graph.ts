// The import graph of src/ and the two rules of DESIGN.md §2: no circles, and a folder imports
// only folders on lower lines. Type-only imports count: they tie the layers just the same.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** Top to bottom; a folder may import only folders on lower lines (not its own line). */
export const LAYERS: readonly (readonly string[])[] = [
  ['cli'],
  ['server'],
  ['jobs', 'functions', 'runtime', 'infra', 'cache', 'governance'],
  ['metering', 'audit', 'secrets'],
  ['store'],
  ['router'],
  ['providers'],
  ['catalog', 'guard'],
  ['config'],
  ['spec'],
];

/** Files of src/ as paths relative to src/, with '/' separators. */
export function sourceFiles(srcRoot: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(toPosix(relative(srcRoot, path)));
    }
  };
  walk(srcRoot);
  return out.sort();
}

export interface ImportEdge {
  readonly from: string;
  readonly to: string;
  readonly typeOnly: boolean;
}

/** Every relative import, export-from, dynamic import() and import('…') type of one file. */
export function moduleSpecifiers(fileName: string, text: string): { specifier: string; typeOnly: boolean }[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: { specifier: string; typeOnly: boolean }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly = clause !== undefined && (clause.isTypeOnly || allTypeOnly(clause.namedBindings, clause.name));
      found.push({ specifier: node.moduleSpecifier.text, typeOnly });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push({ specifier: node.argument.literal.text, typeOnly: true });
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] !== undefined &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push({ specifier: node.arguments[0].text, typeOnly: false });
    } else if (
      ts.isNewExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'URL' &&
      node.arguments?.[0] !== undefined &&
      ts.isStringLiteralLike(node.arguments[0]) &&
      node.arguments[1] !== undefined &&
      node.arguments[1].getText(source) === 'import.meta.url' &&
      /\.(js|ts)$/.test(node.arguments[0].text)
    ) {
      // A worker entry loaded by URL is an import all the same.
      found.push({ specifier: node.arguments[0].text, typeOnly: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function allTypeOnly(bindings: ts.NamedImportBindings | undefined, defaultName: ts.Identifier | undefined): boolean {
  if (defaultName !== undefined || bindings === undefined || !ts.isNamedImports(bindings)) return false;
  return bindings.elements.length > 0 && bindings.elements.every((element) => element.isTypeOnly);
}

/** Resolves './x.js' (or '.ts', or a folder's index) against the importing file; undefined if not in src/. */
export function resolveImport(srcRoot: string, from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(srcRoot, dirname(from), specifier);
  const candidates = [base.replace(/\.js$/, '.ts'), base, `${base}.ts`, join(base, 'index.ts')];
  for (const candidate of candidates) {
    if (candidate.endsWith('.ts') && existsSync(candidate) && statSync(candidate).isFile()) {
      const rel = toPosix(relative(srcRoot, candidate));
      return rel.startsWith('..') ? undefined : rel;
    }
  }
  return undefined;
}

/** All edges between files of src/ (a file imported twice, once for types, counts as a value import). */
export function importEdges(srcRoot: string, files: readonly string[] = sourceFiles(srcRoot)): ImportEdge[] {
  const edges = new Map<string, ImportEdge>();
  for (const from of files) {
    const text = readFileSync(join(srcRoot, from), 'utf8');
    for (const { specifier, typeOnly } of moduleSpecifiers(from, text)) {
      const to = resolveImport(srcRoot, from, specifier);
      if (to === undefined || to === from) continue;
      const key = `${from}\0${to}`;
      const known = edges.get(key);
      edges.set(key, { from, to, typeOnly: (known?.typeOnly ?? true) && typeOnly });
    }
  }
  return [...edges.values()];
}

/** The top folder of a src/ file ('' for files directly in src/, such as index.ts). */
export function folderOf(file: string): string {
  const slash = file.indexOf('/');
  return slash < 0 ? '' : file.slice(0, slash);
}

/** Line of a folder in LAYERS; -1 for src/ itself (the package entry sits above everything). */
export function layerOf(folder: string): number {
  if (folder === '') return -1;
  const line = LAYERS.findIndex((names) => names.includes(folder));
  if (line < 0) throw new Error(`folder src/${folder} is not in the layer order (test/support/import-graph.ts)`);
  return line;
}

/** Edges between folders that do not point to a lower line. */
export function layerViolations(edges: readonly ImportEdge[]): ImportEdge[] {
  return edges.filter((edge) => {
    const from = folderOf(edge.from);
    const to = folderOf(edge.to);
    if (from === to) return false;
    return layerOf(to) <= layerOf(from);
  });
}

/** Strongly connected components of more than one file (Tarjan), each sorted. */
export function importCircles(edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const edge of edges) {
    if (!next.has(edge.from)) next.set(edge.from, []);
    next.get(edge.from)!.push(edge.to);
    if (!next.has(edge.to)) next.set(edge.to, []);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  let counter = 0;
  const connect = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const target of next.get(node)!) {
      if (!index.has(target)) {
        connect(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node)!, index.get(target)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) circles.push(component.sort());
    }
  };
  for (const node of [...next.keys()].sort()) if (!index.has(node)) connect(node);
  return circles;
}

/** Folder-level circles: components of the folder graph, whatever the layer order says. */
export function folderCircles(edges: readonly ImportEdge[]): string[][] {
  const folderEdges = edges
    .map((edge) => ({ from: folderOf(edge.from) || '.', to: folderOf(edge.to) || '.', typeOnly: edge.typeOnly }))
    .filter((edge) => edge.from !== edge.to);
  return importCircles(folderEdges);
}

export function formatEdge(edge: ImportEdge): string {
  return `${edge.from} -> ${edge.to}${edge.typeOnly ? ' (type only)' : ''}`;
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
