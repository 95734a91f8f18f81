import type { PolicyConfig } from '../../config/config-types.js';
import { redact } from '../../guard/guard.js';
import { decodeTokens } from '../../metering/token-count.js';
import { embeddingInputTokenBound, estimateEmbeddingInputTokens } from '../../metering/token-estimate.js';
import { GridError } from '../../spec/grid-error.js';
import type { EmbeddingsRequest } from '../../spec/openai-schemas.js';
import { embeddingsCost } from '../metering/reservation.js';
import type { GuardedEndpoint } from './guarded-endpoint.js';

/** The texts of an embeddings request, in input order; `decoded` when they came from token ids. */
export interface EmbeddingTexts {
  readonly texts: readonly string[];
  readonly decoded: boolean;
}

// Token-id input is only meaningful to OpenAI's embedding models, which all use cl100k_base.
const TOKEN_ENCODING = 'cl100k_base';
const NOTHING: EmbeddingTexts = Object.freeze({ texts: Object.freeze([]) as readonly string[], decoded: true });

function decoded(tokens: readonly number[], policy: PolicyConfig): string {
  try {
    return decodeTokens(tokens, TOKEN_ENCODING);
  } catch {
    throw new GridError(
      'invalid_request',
      `Policy '${policy.name}' scans embeddings input, and these token ids are not ${TOKEN_ENCODING} tokens (the encoding of OpenAI's embedding models), so they cannot be scanned: send the input as text.`,
      { param: 'input' },
    );
  }
}

/**
 * Embeddings in the guarded stage. The guard reads every input string. Token ids (arrays of
 * integers) are decoded with cl100k_base and the text scanned, unless the policy allows
 * everything (then nothing is decoded: the action could not change). Ids that do not decode are
 * refused, never sent unscanned; decoded input that holds sensitive data cannot be redacted, so a
 * redact policy refuses it. Redacted strings are sent as they are: an embedding has nothing to
 * restore. Admission reserves the input tokens at the dearest input price.
 */
export const EMBEDDINGS_ENDPOINT: GuardedEndpoint<EmbeddingsRequest, EmbeddingTexts> = {
  name: 'embeddings',
  classifiable(request, policy) {
    const input = request.input;
    if (typeof input === 'string') return { texts: [input], decoded: false };
    if (typeof input[0] === 'string') return { texts: input as string[], decoded: false };
    if (policy.onSensitive === 'allow') return NOTHING;
    if (typeof input[0] === 'number') return { texts: [decoded(input as number[], policy)], decoded: true };
    return { texts: (input as number[][]).map((tokens) => decoded(tokens, policy)), decoded: true };
  },
  unredactable: (input) => (input.decoded ? 'token-id input cannot be redacted: send it as text' : undefined),
  redact(request, input, result) {
    const texts = redact(input, result).request.texts;
    return { request: { ...request, input: typeof request.input === 'string' ? texts[0] : [...texts] } };
  },
  inputTokens: (request, counting) => (counting === 'bound' ? embeddingInputTokenBound(request) : estimateEmbeddingInputTokens(request)),
  admissionCost: embeddingsCost,
  user: (request) => (typeof request.user === 'string' ? request.user : undefined),
};
