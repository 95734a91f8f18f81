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

/** Embedding dimensions and inputs per request: a realistic answer size (4 × 1,536 vectors). */
export const EMBEDDINGS = { inputs: 4, dimensions: 1536 };

/**
 * An embeddings request for `EMBEDDINGS.inputs` short texts (the mock answers with vectors of
 * `EMBEDDINGS.dimensions`), to the embeddings route beside the endpoint's chat route.
 */
export function embeddingsRequest(endpoint: Endpoint): { path: string; body: string } {
  const input = Array.from({ length: EMBEDDINGS.inputs }, (_, i) => `Sentence number ${i + 1} to embed.`);
  return {
    path: endpoint.path.replace(/chat\/completions$/, 'embeddings'),
    body: JSON.stringify({ model: endpoint.model, input, dimensions: EMBEDDINGS.dimensions }),
  };
}

export const jsonHeaders = { 'content-type': 'application/json' };
