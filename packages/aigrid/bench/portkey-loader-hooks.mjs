/*
 * Module resolve hook (node:module register): when the Portkey bundle imports
 * @hono/node-server, give it the loopback-only shim instead. The shim's own import of the
 * real package comes from a different parent, so it passes through untouched.
 */
const shim = new URL('./portkey-serve-shim.mjs', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === '@hono/node-server' && context.parentURL?.includes('/@portkey-ai/gateway/')) {
    return { url: shim, shortCircuit: true };
  }
  return nextResolve(specifier, context);
}
