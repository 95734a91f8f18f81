import { redact } from '../../guard/guard.js';
import type { ChatCompletionRequest } from '../../spec/openai-schemas.js';
import { chatInputTokenBound, estimateChatInputTokens } from '../../metering/token-estimate.js';
import { worstCase } from '../metering/reservation.js';
import type { GuardedEndpoint } from './guarded-endpoint.js';

/**
 * Chat completions (and the Messages API, translated to them) in the guarded stage: the guard
 * reads the request itself (message texts, tool-call arguments), redaction keeps the values to
 * restore in the answer, and admission reserves input plus the most output the request may produce.
 */
export const CHAT_ENDPOINT: GuardedEndpoint<ChatCompletionRequest, ChatCompletionRequest> = {
  name: 'chat',
  classifiable: (request) => request,
  redact(request, _input, result) {
    const redaction = redact(request, result);
    return { request: redaction.request, redaction };
  },
  inputTokens: (request, counting) => (counting === 'bound' ? chatInputTokenBound(request) : estimateChatInputTokens(request)),
  admissionCost: worstCase,
  user: (request) => (typeof request.user === 'string' ? request.user : undefined),
};
