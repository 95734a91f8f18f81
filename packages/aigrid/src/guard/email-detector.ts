import { isAlphanumeric } from './char-classes.js';
import type { Detector, GuardSpan } from './guard-types.js';

// Anchored, non-global: applied to a slice after each '@', so it holds no lastIndex state.
const DOMAIN = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![A-Za-z0-9-])/;
// `icon@2x.png`: asset names, not addresses.
const RETINA_ASSET = /^\d+x\./;

const isLocalCode = (code: number) =>
  isAlphanumeric(code) || code === 46 || code === 95 || code === 37 || code === 43 || code === 45;

/** Start of the local part ending before `at`, or -1 when there is none (or it is too long). */
function localStart(text: string, at: number): number {
  let start = at;
  while (start > 0 && at - start < 64 && isLocalCode(text.charCodeAt(start - 1))) start--;
  if (start > 0 && isLocalCode(text.charCodeAt(start - 1))) return -1;
  while (start < at && text.charCodeAt(start) === 46) start++;
  if (start === at || text.charCodeAt(at - 1) === 46) return -1;
  return start;
}

/** Whether the local part at `start` is a URL's password (`scheme://user:password@host`). */
function isUrlPassword(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 58) return false;
  const scheme = text.lastIndexOf('://', start);
  if (scheme < 0 || start - scheme > 200) return false;
  for (let index = scheme + 3; index < start - 1; index++) {
    const code = text.charCodeAt(index);
    if (code <= 32 || code === 47 || code === 64) return false;
  }
  return true;
}

/**
 * Email addresses. Found from each '@' outwards rather than by one regex over the whole text: a
 * local-part regex would be retried at every letter. `git@host` (SSH remotes) and `name@2x.png`
 * (image assets) are not addresses.
 */
export const emailDetector: Detector = {
  id: 'email',
  types: ['email'],
  category: 'pii',
  mayMatch: (text) => text.includes('@'),
  detect(text, out: GuardSpan[]) {
    for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
      const start = localStart(text, at);
      if (start < 0) continue;
      const domain = DOMAIN.exec(text.slice(at + 1, at + 256));
      if (domain === null || RETINA_ASSET.test(domain[0])) continue;
      if (at - start === 3 && text.startsWith('git', start)) continue;
      if (isUrlPassword(text, start)) continue;
      out.push({ type: 'email', category: 'pii', start, end: at + 1 + domain[0].length });
      at += domain[0].length;
    }
  },
};
