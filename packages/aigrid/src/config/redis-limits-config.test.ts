import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError } from './config-error.js';
import { parseConfigText } from './load-config.js';

describe('redis limiter attributes', () => {
  it('default to the documented values', async () => {
    const config = await parseConfigText('redis = "redis://127.0.0.1:6379"\n', 'aigrid.hcl', {});
    assert.deepEqual(config.redisLimits, { keyPrefix: 'aigrid:limits:', commandTimeoutMs: 250, downAfterFailures: 3, probeMs: 1_000 });
  });

  it('take a key prefix (a hash tag for Redis Cluster) and the timings', async () => {
    const text = `
redis                     = "redis://127.0.0.1:6379"
redis_key_prefix          = "{aigrid}:limits:"
redis_command_timeout_ms  = 500
redis_down_after_failures = 5
redis_probe_ms            = 2000
`;
    const config = await parseConfigText(text, 'aigrid.hcl', {});
    assert.deepEqual(config.redisLimits, { keyPrefix: '{aigrid}:limits:', commandTimeoutMs: 500, downAfterFailures: 5, probeMs: 2_000 });
  });

  it('refuse out-of-range values with the attribute named', async () => {
    for (const [line, name] of [['redis_command_timeout_ms = 1', 'redis_command_timeout_ms'], ['redis_key_prefix = ""', 'redis_key_prefix'], ['redis_down_after_failures = 0', 'redis_down_after_failures']]) {
      const error = await parseConfigText(`${line}\n`, 'aigrid.hcl', {}).catch((caught: unknown) => caught);
      assert.ok(error instanceof ConfigError, String(error));
      assert.match(error.message, new RegExp(name));
    }
  });
});
