import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseConfigText } from '../src/config/load-config.js';

// The complete configurations in docs/routing.md's Examples section must load as written.
const doc = readFileSync(new URL('../../../docs/routing.md', import.meta.url), 'utf8');
const examples = [...doc.slice(doc.indexOf('## Examples')).matchAll(/```hcl\n([\s\S]*?)```/g)].map((match) => match[1]);

test('docs/routing.md has the three examples', () => {
  assert.equal(examples.length, 3);
});

for (const [index, example] of examples.entries()) {
  test(`docs/routing.md example ${index + 1} loads`, async () => {
    const config = await parseConfigText(example, 'routing.md', { OPENAI_API_KEY: 'sk-x', ANTHROPIC_API_KEY: 'sk-ant-x' });
    assert.ok(Object.keys(config.routes).length >= 1);
  });
}
