/** Nearest-rank percentile of an ascending-sorted sample (p in 0..100). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function mean(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

export const ascending = (a: number, b: number) => a - b;

/** Rounds for the JSON/markdown output (µs resolution is plenty for ms figures). */
export const round3 = (value: number) => Math.round(value * 1000) / 1000;
