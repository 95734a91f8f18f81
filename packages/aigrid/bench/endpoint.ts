/** Where and how a load client reaches one target; the request body is the same for all. */
export interface Endpoint {
  name: string;
  origin: string;
  path: string;
  headers: Record<string, string>;
  model: string;
}

/** A small chat request; the mock's answer does not depend on its content. */
export function chatBody(model: string, stream: boolean): string {
  return JSON.stringify({
    model,
    messages: [{ role: 'user', content: 'Say hello in one short sentence.' }],
    ...(stream ? { stream: true } : {}),
  });
}

export const jsonHeaders = { 'content-type': 'application/json' };
