/**
 * Shannon entropy of a string in bits per character, over its own character frequencies:
 * 0 for "aaaa", 2 for "abcd", log2(n) at most. Random base62 tokens of 20+ characters score
 * about 4; English words and identifiers about 2.5–3.3.
 */
export function shannonEntropy(text: string): number {
  if (text.length === 0) return 0;
  const counts = new Map<number, number>();
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let entropy = 0;
  for (const count of counts.values()) {
    const probability = count / text.length;
    entropy -= probability * Math.log2(probability);
  }
  return entropy;
}
