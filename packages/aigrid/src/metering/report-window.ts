/** Parses a `since` like `7d`, `24h`, `30m` or an ISO date into epoch ms; undefined when invalid. */
export function parseSince(text: string, now = Date.now()): number | undefined {
  const relative = /^(\d+)\s*([mhdw])$/.exec(text.trim());
  if (relative) {
    const unit = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 }[relative[2] as 'm' | 'h' | 'd' | 'w'];
    return now - Number(relative[1]) * unit;
  }
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : date;
}

/** Micro-USD as a dollar string with 6 decimals, exactly (no float rounding). */
export function formatMicros(micros: number): string {
  const sign = micros < 0 ? '-' : '';
  const absolute = Math.abs(Math.trunc(micros));
  return `${sign}$${Math.floor(absolute / 1_000_000)}.${String(absolute % 1_000_000).padStart(6, '0')}`;
}

/**
 * Micro-USD as a decimal USD number, for JSON and CSV. Dividing an integer by 1e6 is correctly
 * rounded, so the number prints as the exact decimal (1234500 → 1.2345).
 */
export function microsToUsd(micros: number): number {
  return Math.trunc(micros) / 1_000_000;
}
