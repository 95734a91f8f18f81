import { createHmac } from 'node:crypto';
import { base62, crc32 } from './checksums.js';
import { ALNUM, DIGITS, LOWER, type Rng, UPPER } from './prng.js';

/*
 * Credentials in the shapes vendors issue them (prefixes, lengths, alphabets, GitHub's CRC32
 * tail), high-entropy passwords and tokens, and JWTs with a real HMAC signature.
 */

export type Vendor = 'openai' | 'anthropic' | 'aws' | 'github' | 'slack' | 'stripe' | 'google';

export interface ApiKey {
  readonly vendor: Vendor;
  readonly text: string;
  /** The environment variable people usually keep it in. */
  readonly envName: string;
  /** What the vendor calls it, for prose. */
  readonly product: string;
}

const URLSAFE = ALNUM + '-_';
const AWS_ALPHABET = UPPER + '234567';

function githubToken(r: Rng): string {
  const body = r.chars(ALNUM, 30);
  return `ghp_${body}${base62(crc32(body), 6)}`;
}

const MAKERS: Record<Vendor, (r: Rng) => Omit<ApiKey, 'vendor'>> = {
  openai: (r) => ({
    text: r.chance(0.8)
      ? `sk-proj-${r.chars(URLSAFE, 74)}T3BlbkFJ${r.chars(URLSAFE, 74)}`
      : `sk-${r.chars(ALNUM, 20)}T3BlbkFJ${r.chars(ALNUM, 20)}`,
    envName: 'OPENAI_API_KEY',
    product: 'OpenAI',
  }),
  anthropic: (r) => ({ text: `sk-ant-api03-${r.chars(URLSAFE, 93)}AA`, envName: 'ANTHROPIC_API_KEY', product: 'Anthropic' }),
  aws: (r) => ({ text: `AKIA${r.chars(AWS_ALPHABET, 16)}`, envName: 'AWS_ACCESS_KEY_ID', product: 'AWS' }),
  github: (r) => ({
    text: r.chance(0.7) ? githubToken(r) : `github_pat_11${r.chars(UPPER + DIGITS, 20)}_${r.chars(ALNUM, 59)}`,
    envName: r.pick(['GITHUB_TOKEN', 'GH_TOKEN', 'GITHUB_PAT']),
    product: 'GitHub',
  }),
  slack: (r) => ({
    text: `xoxb-${r.digits(r.int(10, 12))}-${r.digits(r.int(12, 13))}-${r.chars(ALNUM, 24)}`,
    envName: 'SLACK_BOT_TOKEN',
    product: 'Slack',
  }),
  stripe: (r) => ({ text: `sk_live_51${r.chars(ALNUM, 97)}`, envName: 'STRIPE_SECRET_KEY', product: 'Stripe' }),
  google: (r) => ({ text: `AIza${r.chars(URLSAFE, 35)}`, envName: r.pick(['GOOGLE_API_KEY', 'GOOGLE_MAPS_API_KEY', 'FIREBASE_API_KEY']), product: 'Google' }),
};

export const VENDORS = Object.keys(MAKERS) as Vendor[];

export function apiKey(r: Rng, vendor: Vendor = r.pick(VENDORS)): ApiKey {
  return { vendor, ...MAKERS[vendor](r) };
}

/** The secret half of an AWS key pair. */
export function awsSecretAccessKey(r: Rng): string {
  return r.chars(ALNUM + '+/', 40);
}

export const SECRET_NAMES = [
  'DB_PASSWORD', 'POSTGRES_PASSWORD', 'MYSQL_ROOT_PASSWORD', 'REDIS_PASSWORD', 'SMTP_PASSWORD',
  'JWT_SECRET', 'SESSION_SECRET', 'SECRET_KEY', 'CLIENT_SECRET', 'WEBHOOK_SECRET', 'API_SECRET',
  'ADMIN_PASSWORD', 'ENCRYPTION_KEY', 'OAUTH_CLIENT_SECRET', 'RABBITMQ_DEFAULT_PASS', 'LDAP_BIND_PASSWORD',
];

/** A random secret; `plain` keeps to characters that survive URLs, shells and .env files. */
export function secretValue(r: Rng, plain = false): string {
  const style = r.weighted<string>([['password', 40], ['hex', 20], ['base64', 20], ['base62', 20]]);
  if (style === 'hex') return r.chars('0123456789abcdef', r.pick([32, 40, 64]));
  if (style === 'base62') return r.chars(ALNUM, r.int(32, 48));
  if (style === 'base64') return r.chars(ALNUM + (plain ? '-_' : '+/'), r.pick([32, 43, 44]));
  for (;;) {
    const symbols = plain ? '-_.~' : '!*_-.~^%';
    const text = r.chars(ALNUM + symbols + symbols, r.int(14, 24));
    if (/[a-z]/.test(text) && /[A-Z]/.test(text) && /[0-9]/.test(text)) return text;
    if (r.chance(0.5)) return text.slice(0, -3) + r.chars(LOWER, 1) + r.chars(UPPER, 1) + r.chars(DIGITS, 1);
  }
}

const b64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/** A signed JWT: HS256 with a real HMAC, or RS256 with a signature-sized random tail. */
export function jwt(r: Rng): string {
  const rs = r.chance(0.35);
  const header = rs ? { alg: 'RS256', typ: 'JWT', kid: r.chars(ALNUM, 16) } : { alg: 'HS256', typ: 'JWT' };
  const now = 1_700_000_000 + r.int(0, 60_000_000);
  const payload: Record<string, unknown> = {
    sub: r.chance(0.5) ? String(r.int(1000, 9_999_999)) : `usr_${r.chars(ALNUM, 14)}`,
    iat: now,
    exp: now + r.pick([900, 3600, 86_400]),
  };
  if (r.chance(0.5)) payload.iss = r.pick(['https://auth.example.com', 'https://login.example.org/', 'api-gateway']);
  if (r.chance(0.4)) payload.scope = r.pick(['read:orders write:orders', 'openid profile', 'admin']);
  if (r.chance(0.3)) payload.role = r.pick(['customer', 'support', 'admin']);
  const signingInput = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}`;
  const signature = rs
    ? b64url(Buffer.from(r.bytes(256)))
    : createHmac('sha256', r.chars(ALNUM, 32)).update(signingInput).digest('base64url');
  return `${signingInput}.${signature}`;
}
