import type { Lang, NationalType } from './label-types.js';

/*
 * What each language contributes: captions and key names for records, sentences that mention a
 * value, e-mail and chat phrasing, and the business vocabulary of the negatives. Templates use
 * {v} for the value, {vendor} for a key's vendor, other {slots} for near-miss filler values, and
 * ⟨m|f⟩ for words that agree with the person's gender.
 */

export type FillerKey =
  | 'customer_id' | 'order' | 'invoice' | 'ticket' | 'sku' | 'product' | 'qty' | 'price' | 'status'
  | 'created' | 'due' | 'plan' | 'country' | 'city' | 'note' | 'warehouse' | 'postcode' | 'first_name' | 'last_name' | 'street';

export type CaptionKey =
  | 'person_name' | 'email' | 'phone' | 'postal_address' | 'date_of_birth' | 'credit_card' | 'iban' | 'ip'
  | 'passport' | 'id_card' | 'driving_licence' | 'api_key' | 'secret' | 'private_key' | 'jwt' | FillerKey;

export type MentionKey =
  | 'person_name' | 'email' | 'phone' | 'postal_address' | 'date_of_birth' | 'credit_card' | 'iban' | 'ip'
  | 'passport' | 'id_card' | 'driving_licence' | 'api_key' | 'secret' | 'private_key' | 'jwt';

export type AskKind = 'data' | 'code' | 'log' | 'email' | 'chat' | 'text';

export interface EmailPhrases {
  readonly headers: { readonly from: string; readonly to: string; readonly subject: string; readonly date: string };
  readonly subjects: readonly string[];
  /** Greetings without a name. */
  readonly greetings: readonly string[];
  /** Greetings with {v}, the recipient's name, inflected for the recipient. */
  readonly namedGreetings: readonly string[];
  readonly intros: readonly string[];
  readonly outros: readonly string[];
  readonly closings: readonly string[];
}

export interface ChatPhrases {
  readonly customer: string;
  readonly agent: string;
  readonly openers: readonly string[];
  readonly agentGreetings: readonly string[];
  readonly acks: readonly string[];
  readonly closers: readonly string[];
}

export interface BusinessPhrases {
  readonly products: readonly string[];
  readonly statuses: readonly string[];
  readonly plans: readonly string[];
  readonly notes: readonly string[];
  readonly teams: readonly string[];
  /** Prose about orders, releases, budgets, places and companies, with near-miss slots. */
  readonly sentences: readonly string[];
  readonly headings: readonly string[];
  readonly emailSubjects: readonly string[];
  readonly emailGreetings: readonly string[];
  readonly emailBodies: readonly string[];
  readonly emailClosings: readonly string[];
  /** Signatures that name a team or a company, never a person. */
  readonly signatures: readonly string[];
  readonly chatCustomer: readonly string[];
  readonly chatAgent: readonly string[];
  readonly logMessages: readonly string[];
  readonly comments: readonly string[];
  readonly asks: readonly string[];
}

export interface LanguagePack {
  readonly lang: Lang;
  readonly captions: Readonly<Record<CaptionKey, readonly string[]>>;
  /** Record keys in this language, used now and then instead of English snake_case ones. */
  readonly localKeys: Partial<Readonly<Record<CaptionKey, readonly string[]>>>;
  readonly mentions: Readonly<Record<MentionKey, readonly string[]>>;
  readonly national: Partial<Readonly<Record<NationalType, { readonly captions: readonly string[]; readonly mentions: readonly string[] }>>>;
  /** The writer introducing themself: {v} is their name. */
  readonly selfIntro: readonly string[];
  readonly asks: Readonly<Record<AskKind, readonly string[]>>;
  readonly email: EmailPhrases;
  readonly chat: ChatPhrases;
  readonly business: BusinessPhrases;
}
