import { serve as honoServe } from '@hono/node-server';

// Portkey's bundle imports only serve() from @hono/node-server; the rest passes through.
export * from '@hono/node-server';

const StandardResponse = globalThis.Response;

/**
 * Portkey 1.15 with @hono/node-server ≥ 1.14.3 (npm resolves 1.19) fails every streamed chat with
 * "TypeError: immutable" (Portkey-AI/gateway#1389): node-server's lightweight global Response,
 * given a fetch() Response as init, keeps that response's immutable Headers. Copying them, as the
 * fetch spec does and as Portkey's own fix (#1551) does, keeps Portkey's fast path intact.
 */
function copyUpstreamHeaders() {
  const Lightweight = globalThis.Response;
  if (Lightweight === StandardResponse) return;
  class HeaderCopyingResponse extends Lightweight {
    constructor(body, init) {
      const upstream = init instanceof StandardResponse && !(init instanceof Lightweight);
      super(body, upstream ? { status: init.status, statusText: init.statusText, headers: new Headers(init.headers) } : init);
    }
  }
  Object.defineProperty(globalThis, 'Response', { value: HeaderCopyingResponse });
}

/** serve() on 127.0.0.1 only, with TCP_NODELAY on accepted sockets. */
export function serve(options, listeningListener) {
  const server = honoServe(
    { ...options, hostname: '127.0.0.1', serverOptions: { noDelay: true, ...options.serverOptions } },
    listeningListener,
  );
  copyUpstreamHeaders();
  return server;
}
