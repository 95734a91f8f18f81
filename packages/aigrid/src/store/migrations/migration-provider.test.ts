import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createMigrationProvider } from './migration-provider.js';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const FILES = readdirSync(HERE)
  .filter((file) => /^\d{4}-.+\.ts$/.test(file) && !file.endsWith('.test.ts'))
  .map((file) => file.slice(0, -'.ts'.length))
  .sort();

describe('migration registry', () => {
  for (const dialect of ['sqlite', 'postgres'] as const) {
    it(`registers every migration file once, in name order, under its file's name (${dialect})`, async () => {
      const names = Object.keys(await createMigrationProvider(dialect).getMigrations());
      assert.deepEqual(names, [...names].sort(), 'registered out of order');
      assert.deepEqual(names, FILES, 'registry names and migration files differ');
    });
  }

  it('numbers the migrations 0001, 0002, … without a gap or a repeat', () => {
    assert.deepEqual(
      FILES.map((name) => Number(name.slice(0, 4))),
      FILES.map((_, index) => index + 1),
    );
  });
});
