import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, it } from 'node:test';
import { ConfigError } from './config-error.js';
import { parseHcl } from './hcl-adapter.js';

describe('HCL adapter', () => {
  it('parses concurrently on one thread, and again after that thread ended when idle', async () => {
    const [a, b] = await Promise.all([parseHcl('a = 1\n', 'a.hcl'), parseHcl('server {\n  port = 2\n}\n', 'b.hcl')]);
    assert.deepEqual(a, { a: 1 });
    assert.deepEqual(b, { server: [{ port: 2 }] });
    // Past the parser thread's idle second: a fresh thread answers.
    await sleep(1_300);
    assert.deepEqual(await parseHcl('c = "x"\n', 'c.hcl'), { c: 'x' });
  });

  it('reports syntax errors with file and line from the thread', async () => {
    await assert.rejects(parseHcl('a = \n', 'bad.hcl'), (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.match(error.message, /bad\.hcl:\d+/);
      return true;
    });
  });
});
