import { serve as honoServe } from '@hono/node-server';

// Everything @hono/node-server exports, except serve(), which the bench pins down.
export * from '@hono/node-server';

export function serve(options, listeningListener) {
  return honoServe(
    {
      ...options,
      hostname: '127.0.0.1',
      serverOptions: { noDelay: true, ...options.serverOptions },
      // Portkey 1.15 + @hono/node-server ≥ 1.14.3 (npm resolves 1.19) fail every streamed chat
      // with "TypeError: immutable" (Portkey-AI/gateway#1389): the lightweight global Response
      // hands back fetch's immutable headers. Keeping the standard Response avoids it.
      overrideGlobalObjects: process.env.BENCH_PORTKEY_OVERRIDE_GLOBALS === '1',
    },
    listeningListener,
  );
}
