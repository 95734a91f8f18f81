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

// The prefixes without '-' or '_' all start with an uppercase A (rare in prose: a fast scan).
const UPPERCASE_PREFIX = /A(?:KIA|SIA|Iza)/;

/**
 * Whether any rule could match, found from the prefixes' distinctive characters: each '-' is
 * checked for a preceding "sk" or "xox?", each '_' for "gh?", "github" or "k_live". Cheaper than
 * one alternation over the text, which would stop at every 's', 'g', 'x' and 'k'.
 */
function anyPrefix(text: string): boolean {
  for (let at = text.indexOf('-'); at >= 0; at = text.indexOf('-', at + 1)) {
    if (text.startsWith('sk', at - 2) || text.startsWith('xox', at - 4)) return true;
  }
  for (let at = text.indexOf('_'); at >= 0; at = text.indexOf('_', at + 1)) {
    if (text.startsWith('gh', at - 3) || text.startsWith('github', at - 6) || text.startsWith('k_live_', at - 1)) return true;
  }
  return UPPERCASE_PREFIX.test(text);
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
