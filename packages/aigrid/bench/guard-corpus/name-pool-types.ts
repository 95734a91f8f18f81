/** Given names by gender and surnames, with the diversity of the people who live there. */
export interface NamePool {
  readonly male: readonly string[];
  readonly female: readonly string[];
  readonly surnames: readonly string[];
}

/** Pools are written as "|"-separated lists to keep the tables readable. */
export const list = (text: string): string[] =>
  text
    .split('|')
    .map((item) => item.trim())
    .filter(Boolean);
