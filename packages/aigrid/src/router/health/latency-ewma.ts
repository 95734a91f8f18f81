/**
 * Exponentially weighted moving average: `alpha × sample + (1 − alpha) × previous`. The first
 * sample is taken as is, so a deployment's first latency is not averaged with an invented zero.
 */
export function nextEwma(previous: number | undefined, sample: number, alpha: number): number {
  if (previous === undefined) return sample;
  return alpha * sample + (1 - alpha) * previous;
}
