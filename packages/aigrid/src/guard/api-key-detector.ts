import type { Detector, GuardSpan } from './guard-types.js';

/** A vendor key format: literals that must occur (a cheap indexOf gate) and the full pattern. */
interface KeyRule {
  readonly provider: string;
  readonly literals: readonly string[];
  /** Global; only ever used through matchAll, which copies it, so no lastIndex is shared. */
  readonly pattern: RegExp;
  /** Keys of this kind always contain a digit; prose such as "sk-learn-compatible" does not. */
  readonly needsDigit: boolean;
}

const RULES: readonly KeyRule[] = [
  { provider: 'anthropic', literals: ['sk-ant-'], pattern: /(?<![\w-])sk-ant-[A-Za-z0-9_-]{20,}/g, needsDigit: true },
  {
    provider: 'openai',
    literals: ['sk-'],
    pattern: /(?<![\w-])sk-(?!ant-)(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}/g,
    needsDigit: true,
  },
  { provider: 'aws', literals: ['AKIA', 'ASIA'], pattern: /(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])/g, needsDigit: false },
  { provider: 'github', literals: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'], pattern: /(?<!\w)gh[pousr]_[A-Za-z0-9]{30,}/g, needsDigit: false },
  { provider: 'github', literals: ['github_pat_'], pattern: /(?<!\w)github_pat_[A-Za-z0-9_]{22,}/g, needsDigit: false },
  { provider: 'slack', literals: ['xox'], pattern: /(?<![\w-])xox[abprs]-[A-Za-z0-9-]{10,}/g, needsDigit: true },
  { provider: 'stripe', literals: ['k_live_'], pattern: /(?<!\w)[rs]k_live_[A-Za-z0-9]{16,}/g, needsDigit: false },
  { provider: 'google', literals: ['AIza'], pattern: /(?<![\w-])AIza[A-Za-z0-9_-]{35}(?![\w-])/g, needsDigit: false },
];

const hasDigit = (text: string) => /\d/.test(text);

/**
 * Whether any rule could match, found from the prefixes' distinctive characters: each "k-" for a
 * preceding 's' ("sk-"), each "xox" for a '-' after the next letter, each '_' for "gh?", "github"
 * or "k_live", each 'A' for a following "KIA", "SIA" or "Iza". indexOf searches from a rare first
 * character ('k', 'x', '_', 'A'); cheaper than one alternation over the text, which would stop at
 * every 's', 'g', 'x' and 'k', and than a loop over every '-' (frequent in code).
 */
function anyPrefix(text: string): boolean {
  for (let at = text.indexOf('k-'); at >= 0; at = text.indexOf('k-', at + 2)) {
    if (text.charCodeAt(at - 1) === 115 /* s */) return true;
  }
  for (let at = text.indexOf('xox'); at >= 0; at = text.indexOf('xox', at + 1)) {
    if (text.charCodeAt(at + 4) === 45 /* - */) return true;
  }
  for (let at = text.indexOf('_'); at >= 0; at = text.indexOf('_', at + 1)) {
    if (text.charCodeAt(at - 2) === 104 /* h */ && text.charCodeAt(at - 3) === 103 /* g */) return true;
    if (text.charCodeAt(at - 1) === 98 /* b */ && text.startsWith('github', at - 6)) return true;
    if (text.charCodeAt(at - 1) === 107 /* k */ && text.startsWith('k_live_', at - 1)) return true;
  }
  // The other prefixes start with an uppercase A (rare in prose): an indexOf loop, half the cost
  // of the regex /A(?:KIA|SIA|Iza)/.
  for (let at = text.indexOf('A'); at >= 0; at = text.indexOf('A', at + 1)) {
    if (text.startsWith('KIA', at + 1) || text.startsWith('SIA', at + 1) || text.startsWith('Iza', at + 1)) return true;
  }
  return false;
}

/**
 * API keys recognised by their vendor prefix: OpenAI `sk-`/`sk-proj-`, Anthropic `sk-ant-`, AWS
 * access key ids `AKIA`/`ASIA` + 16, GitHub `ghp_`/`gho_`/`ghu_`/`ghs_`/`ghr_`/`github_pat_`,
 * Slack `xox[abprs]-`, Stripe `sk_live_`/`rk_live_`, Google `AIza` + 35. Each rule runs only when
 * one of its literals occurs (String#indexOf, far cheaper than a regex scan).
 */
export const apiKeyDetector: Detector = {
  id: 'api_key',
  types: ['api_key'],
  category: 'secret',
  mayMatch: anyPrefix,
  detect(text, out: GuardSpan[]) {
    for (const rule of RULES) {
      if (!rule.literals.some((literal) => text.includes(literal))) continue;
      for (const match of text.matchAll(rule.pattern)) {
        if (rule.needsDigit && !hasDigit(match[0])) continue;
        out.push({ type: 'api_key', category: 'secret', start: match.index, end: match.index + match[0].length, meta: { provider: rule.provider } });
      }
    }
  },
};
