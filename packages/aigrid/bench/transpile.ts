import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import ts from 'typescript';

/**
 * Emits a single-file TypeScript entry as plain ESM under bench/.out/, so its server runs on bare
 * node like aigrid's dist and Portkey's bundle: the tsx loader alone adds ~28 MB of RSS.
 * Only for self-contained files (package imports are fine, relative .ts imports are not).
 */
export function transpileEntry(benchDir: string, file: string): string {
  const outDir = join(benchDir, '.out');
  mkdirSync(outDir, { recursive: true });
  const output = ts.transpileModule(readFileSync(join(benchDir, file), 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    fileName: file,
  });
  const path = join(outDir, basename(file).replace(/\.ts$/, '.mjs'));
  writeFileSync(path, output.outputText);
  return path;
}
