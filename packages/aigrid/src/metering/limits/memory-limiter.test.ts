import { describeLimiterConformance } from '../../../test/support/metering/limits/limiter-conformance.js';
import { createMemoryLimiter } from './memory-limiter.js';

describeLimiterConformance('memory limiter', async (clock, options) => {
  const limiter = createMemoryLimiter({ clock, options });
  return { limiter, dispose: () => limiter.close() };
});
