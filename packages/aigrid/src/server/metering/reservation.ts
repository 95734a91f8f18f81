import type { PriceSheet } from '../../metering/cost.js';
import { estimateChatInputTokens, estimateEmbeddingInputTokens, worstCaseOutputTokens } from '../../metering/token-estimate.js';
import type { RoutePlan } from '../../router/index.js';
import type { ChatCompletionRequest, EmbeddingsRequest } from '../../spec/openai-schemas.js';
import type { TenantConfig } from '../../config/config-types.js';
import { deploymentPrices } from '../routing/route-decision.js';

/** Integer micro-USD for `tokens` at `perMTok` micro-USD per million tokens, rounded up. */
const priceOf = (tokens: number, perMTok: number | undefined) => Math.ceil((tokens * (perMTok ?? 0)) / 1_000_000);

/**
 * The worst case a chat request can cost: its input tokens (counted, or a bound) and the
 * most output it may produce, at the dearest prices among the deployments it may be sent to —
 * the prices `tenant` pays (its negotiated ones where it has them), as settlement charges them.
 */
export function worstCase(
  request: ChatCompletionRequest,
  plan: RoutePlan,
  tenant: TenantConfig | undefined,
  inputTokens: number = estimateChatInputTokens(request),
): { inputTokens: number; outputTokens: number; micros: number } {
  const maxOutput = Math.max(0, ...plan.ordered.map((deployment) => deployment.maxOutputTokens ?? 0));
  const outputTokens = worstCaseOutputTokens(request, maxOutput || undefined);
  let micros = 0;
  for (const deployment of plan.ordered) {
    const prices: PriceSheet = deploymentPrices(deployment, tenant);
    const input = Math.max(prices.inputPerMTok ?? 0, prices.cacheWritePerMTok ?? 0);
    micros = Math.max(micros, priceOf(inputTokens, input) + priceOf(outputTokens, prices.outputPerMTok));
  }
  return { inputTokens, outputTokens, micros };
}

/**
 * What an embeddings request can cost: its input tokens (counted, or a bound; token ids one
 * each) at the dearest input price among the deployments it may go to; no output.
 */
export function embeddingsCost(
  request: EmbeddingsRequest,
  plan: RoutePlan,
  tenant: TenantConfig | undefined,
  inputTokens: number = estimateEmbeddingInputTokens(request),
): { inputTokens: number; outputTokens: number; micros: number } {
  let micros = 0;
  for (const deployment of plan.ordered) micros = Math.max(micros, priceOf(inputTokens, deploymentPrices(deployment, tenant).inputPerMTok));
  return { inputTokens, outputTokens: 0, micros };
}

/** Cost so far of a stream: the estimated input plus the output characters seen (≈ 4 per token). */
export function streamedCost(inputTokens: number, outputCharacters: number, prices: PriceSheet | undefined): number {
  return priceOf(inputTokens, prices?.inputPerMTok) + priceOf(Math.ceil(outputCharacters / 4), prices?.outputPerMTok);
}
