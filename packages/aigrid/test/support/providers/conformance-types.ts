import type { IncomingHttpHeaders } from 'node:http';
import type { Usage } from '../../../src/spec/usage.js';
import type { ProviderAdapter } from '../../../src/providers/provider-types.js';

/** The cases every adapter runs; a case needs a fixture or a written reason the provider lacks it. */
export const CONFORMANCE_CASES = [
  'chat',
  'stream',
  'tools',
  'tool-stream',
  'images',
  'usage-cache',
  'embeddings',
  'error-400',
  'error-401',
  'error-403',
  'error-404',
  'error-429',
  'error-500',
  'error-529',
] as const;

export type ConformanceCase = (typeof CONFORMANCE_CASES)[number];

/** A request the adapter sent, as the fixture server saw it. */
export interface RecordedRequest {
  method: string;
  /** Path with query string. */
  path: string;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body, or undefined when the body is not JSON. */
  body: any;
  rawBody: Buffer;
}

/** What the fixture server answers, in the provider's own wire format. */
export interface WireReply {
  status?: number;
  headers?: Record<string, string>;
  json?: unknown;
  /** Raw server-sent-event text. */
  sse?: string;
  /** Raw bytes, e.g. an AWS event-stream. */
  bytes?: Uint8Array;
}

/** What the adapter must make of the reply, in OpenAI shape. */
export interface Expectation {
  content?: string;
  finishReason?: string;
  toolCalls?: Array<{ id?: string; name: string; arguments: unknown }>;
  /** Fields listed must match exactly (undefined included); others are not checked. */
  usage?: Usage;
  embeddings?: { count: number; dimensions: number };
}

export interface CaseFixture {
  reply: WireReply;
  /** Checks the request the adapter sent upstream (wire format, headers, path). */
  checkRequest?: (request: RecordedRequest) => void;
  expect?: Expectation;
}

export interface ProviderConformanceSpec {
  provider: string;
  /** Builds the adapter pointed at the fixture server's base URL. */
  createAdapter: (baseUrl: string) => ProviderAdapter;
  upstreamModel: string;
  fixtures: Partial<Record<ConformanceCase, CaseFixture>>;
  /** Cases the provider has no such feature for, each with the written reason. */
  unsupported?: Partial<Record<ConformanceCase, string>>;
}
