import type { Deployment, LatencyClass, RequestFeatures } from './router-types.js';

/** Output tokens assumed when the request sets no `max_tokens`. */
export const DEFAULT_EXPECTED_OUTPUT_TOKENS = 512;

export interface EffectivePrices {
  /** Micro-USD per million tokens after any batch discount; undefined when unknown. */
  readonly input?: number;
  readonly output?: number;
}

/** The deployment's prices for this latency class: batch requests get the batch discount. */
export function effectivePrices(deployment: Deployment, latencyClass: LatencyClass): EffectivePrices {
  const pricing = deployment.pricing;
  const discount = latencyClass === 'batch' ? (pricing?.batchDiscountPercent ?? 0) : 0;
  const factor = (100 - Math.min(100, Math.max(0, discount))) / 100;
  return {
    input: pricing?.inputPerMTokMicros === undefined ? undefined : pricing.inputPerMTokMicros * factor,
    output: pricing?.outputPerMTokMicros === undefined ? undefined : pricing.outputPerMTokMicros * factor,
  };
}

/**
 * Estimated cost of the request on this deployment, in micro-USD (fractional: used for ranking
 * only, never billed): input tokens × input price + expected output tokens × output price.
 * Undefined when either price is unknown: unknown is not zero.
 */
export function estimateCostMicros(deployment: Deployment, features: RequestFeatures): number | undefined {
  const prices = effectivePrices(deployment, features.latencyClass);
  if (prices.input === undefined || prices.output === undefined) return undefined;
  const output = features.maxOutputTokens ?? DEFAULT_EXPECTED_OUTPUT_TOKENS;
  return (features.estimatedInputTokens * prices.input + output * prices.output) / 1_000_000;
}
