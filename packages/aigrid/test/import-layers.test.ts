import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  folderCircles,
  formatEdge,
  importCircles,
  importEdges,
  layerViolations,
  moduleSpecifiers,
  sourceFiles,
} from './support/import-graph.js';

const SRC = fileURLToPath(new URL('../src', import.meta.url));

/** Test support that may stay in src/ for now, each with its reason. */
const SUPPORT_IN_SRC: readonly { readonly pattern: RegExp; readonly why: string }[] = [
  { pattern: /^providers\/[^/]+\/[^/]+-fixtures\.ts$/, why: 'recorded wire fixtures stay beside the adapter tests' },
];

const isTest = (file: string): boolean => file.endsWith('.test.ts');
const isSupport = (file: string): boolean => /(-fixtures|-conformance|-harness)\.ts$|(^|\/)(conformance|fixtures)\//.test(file);

describe('import graph of src/', () => {
  const files = sourceFiles(SRC);
  const edges = importEdges(SRC, files);

  it('has no import circle between files', () => {
    const circles = importCircles(edges);
    assert.deepEqual(circles, [], `import circles:\n${circles.map((circle) => `  ${circle.join(' <-> ')}`).join('\n')}`);
  });

  it('has no import against the layer order of DESIGN.md §2 (type-only imports included)', () => {
    const upward = layerViolations(edges).map(formatEdge);
    assert.deepEqual(upward, [], `imports against the layer order:\n${upward.map((edge) => `  ${edge}`).join('\n')}`);
  });

  it('has no circle between folders', () => {
    assert.deepEqual(folderCircles(edges), []);
  });

  it('keeps test support out of src/', () => {
    const stray = files.filter((file) => isSupport(file) && !isTest(file) && !SUPPORT_IN_SRC.some((allowed) => allowed.pattern.test(file)));
    assert.deepEqual(stray, [], `test support in src/ (move it under test/support/):\n  ${stray.join('\n  ')}`);
  });

  it('ships nothing that imports tests or test support', () => {
    const shipped = (file: string) => !isTest(file) && !isSupport(file);
    const bad = edges.filter((edge) => shipped(edge.from) && !shipped(edge.to)).map(formatEdge);
    for (const from of files.filter(shipped)) {
      for (const { specifier } of moduleSpecifiers(from, readSource(from))) {
        if (specifier.startsWith('.') && !resolve(SRC, dirname(from), specifier).startsWith(SRC)) bad.push(`${from} -> ${specifier}`);
      }
    }
    assert.deepEqual(bad, [], `shipped files that import tests or code outside src/:\n  ${bad.join('\n  ')}`);
  });
});

describe('import graph check', () => {
  // A throwaway src/ shows the check catches what it is for.
  const plant = (sources: Record<string, string>) => {
    const root = mkdtempSync(join(tmpdir(), 'aigrid-layers-'));
    for (const [file, text] of Object.entries(sources)) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), text);
    }
    try {
      return importEdges(root);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  };

  it('finds a circle, type-only imports included', () => {
    const edges = plant({
      'router/a.ts': "import type { B } from './b.js';\nexport type A = B;\n",
      'router/b.ts': "export { a } from './a.js';\nexport type B = string;\n",
    });
    assert.deepEqual(importCircles(edges), [['router/a.ts', 'router/b.ts']]);
  });

  it('finds an import against the layer order, and a folder circle', () => {
    const edges = plant({
      'store/row.ts': "import type { Event } from '../metering/event.js';\nexport type Row = Event;\n",
      'metering/event.ts': "import { open } from '../store/open.js';\nexport type Event = ReturnType<typeof open>;\n",
      'store/open.ts': 'export const open = () => 1;\n',
      'config/load.ts': "const presets = await import('../providers/presets.js');\nexport { presets };\n",
      'providers/presets.ts': 'export const P = 1;\n',
    });
    assert.deepEqual(layerViolations(edges).map(formatEdge), ['config/load.ts -> providers/presets.ts', 'store/row.ts -> metering/event.ts (type only)']);
    assert.deepEqual(folderCircles(edges), [['metering', 'store']]);
  });

  it('refuses a folder that is not in the layer order', () => {
    const edges = plant({ 'widgets/a.ts': "import { b } from '../spec/b.js';\nexport const a = b;\n", 'spec/b.ts': 'export const b = 1;\n' });
    assert.throws(() => layerViolations(edges), /src\/widgets is not in the layer order/);
  });
});

function readSource(file: string): string {
  return readFileSync(join(SRC, file), 'utf8');
}
