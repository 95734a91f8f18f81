import { GridError } from '../../spec/grid-error.js';
import type { AnthropicBlockParam } from './anthropic-wire.js';
import { quoteClient } from '../../spec/client-text.js';

type Part = { type: string; [key: string]: unknown };

const DATA_URL = /^data:([^;,]+)((?:;[^;,]*)*?);base64,(.*)$/s;

/** Keeps a client's `cache_control` marker on the block, so prompt caching works through us. */
function withCacheControl(block: AnthropicBlockParam, part: Part): AnthropicBlockParam {
  return part.cache_control ? { ...block, cache_control: part.cache_control } : block;
}

/** `data:<type>;base64,<data>` → a base64 source, http(s) → a URL source; anything else is a 400. */
function sourceFromUrl(url: unknown, param: string): Record<string, unknown> {
  if (typeof url !== 'string') throw new GridError('invalid_request', 'An image part needs a URL.', { param });
  const data = DATA_URL.exec(url);
  if (data) return { type: 'base64', media_type: data[1], data: data[3] };
  if (/^https?:\/\//i.test(url)) return { type: 'url', url };
  throw new GridError('invalid_request', 'Images must be base64 data: URLs or http(s) URLs.', { param });
}

function imageBlock(part: Part, param: string): AnthropicBlockParam {
  const image = part.image_url as { url?: unknown } | string | undefined;
  const url = typeof image === 'string' ? image : image?.url;
  return { type: 'image', source: sourceFromUrl(url, `${param}.image_url.url`) };
}

/** OpenAI `file` parts with inline data become documents (PDF, plain text). */
function documentBlock(part: Part, param: string): AnthropicBlockParam {
  const file = (part.file ?? {}) as { file_data?: unknown; filename?: unknown };
  const data = typeof file.file_data === 'string' ? DATA_URL.exec(file.file_data) : null;
  if (!data) {
    throw new GridError('invalid_request', 'Only file parts with inline base64 file_data (data: URL) can be sent to Anthropic.', { param });
  }
  const block: AnthropicBlockParam = { type: 'document', source: { type: 'base64', media_type: data[1], data: data[3] } };
  if (typeof file.filename === 'string') block.title = file.filename;
  return block;
}

/**
 * Translates OpenAI content (a string or an array of parts) to Anthropic content blocks. Empty
 * text parts are left out: Anthropic rejects empty text blocks. Unknown part types are a 400
 * rather than being dropped, since dropping them would change what the model is asked.
 */
export function contentBlocks(content: unknown, param: string): AnthropicBlockParam[] {
  if (content === null || content === undefined) return [];
  if (typeof content === 'string') return content === '' ? [] : [{ type: 'text', text: content }];
  if (!Array.isArray(content)) throw new GridError('invalid_request', 'Message content must be a string or an array of parts.', { param });
  const blocks: AnthropicBlockParam[] = [];
  content.forEach((part: Part, index) => {
    const at = `${param}[${index}]`;
    if (part.type === 'text' || part.type === 'refusal') {
      const text = part.type === 'text' ? part.text : part.refusal;
      if (typeof text === 'string' && text !== '') blocks.push(withCacheControl({ type: 'text', text }, part));
    } else if (part.type === 'image_url') {
      blocks.push(withCacheControl(imageBlock(part, at), part));
    } else if (part.type === 'file') {
      blocks.push(withCacheControl(documentBlock(part, at), part));
    } else {
      throw new GridError('invalid_request', `Content parts of type ${quoteClient(part.type)} are not supported by Anthropic models.`, { param: `${at}.type` });
    }
  });
  return blocks;
}
