import type { GeminiPart } from './gemini-wire.js';

const DATA_URL = /^data:([^;,]+)((?:;[^;,]+)*);base64,(.*)$/s;

/** MIME types guessed from a URL's extension, for `fileData`, which wants one. */
const EXTENSION_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  heic: 'image/heic',
  heif: 'image/heif',
  pdf: 'application/pdf',
};

function mimeFromUrl(url: URL): string | undefined {
  const extension = /\.([a-z0-9]+)$/i.exec(url.pathname)?.[1]?.toLowerCase();
  return extension ? EXTENSION_TYPES[extension] : undefined;
}

/** A `data:` URL → inlineData; an http(s) URL → fileData (Gemini fetches it). Anything else: undefined. */
function urlPart(value: string): GeminiPart | undefined {
  const data = DATA_URL.exec(value);
  if (data) return { inlineData: { mimeType: data[1], data: data[3] } };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const mimeType = mimeFromUrl(url);
  return { fileData: mimeType ? { fileUri: value, mimeType } : { fileUri: value } };
}

function contentPart(part: Record<string, any>, warnings: string[]): GeminiPart | undefined {
  switch (part.type) {
    case 'text':
      return typeof part.text === 'string' && part.text ? { text: part.text } : undefined;
    case 'refusal':
      return typeof part.refusal === 'string' && part.refusal ? { text: part.refusal } : undefined;
    case 'image_url': {
      const url = typeof part.image_url === 'string' ? part.image_url : part.image_url?.url;
      const converted = typeof url === 'string' ? urlPart(url) : undefined;
      if (!converted) warnings.push('An image that is neither a data: URL nor an http(s) URL was dropped.');
      if (part.image_url?.detail) warnings.push("Image 'detail' has no Gemini equivalent and was ignored.");
      return converted;
    }
    case 'input_audio': {
      const { data, format } = part.input_audio ?? {};
      if (typeof data === 'string' && typeof format === 'string') return { inlineData: { mimeType: `audio/${format}`, data } };
      break;
    }
    case 'file': {
      const converted = typeof part.file?.file_data === 'string' ? urlPart(part.file.file_data) : undefined;
      if (converted) return converted;
      warnings.push('A file part without inline file_data (OpenAI file ids mean nothing to Gemini) was dropped.');
      return undefined;
    }
  }
  warnings.push(`A content part of type '${String(part.type)}' is not supported by Gemini and was dropped.`);
  return undefined;
}

/**
 * OpenAI message content (a string or an array of parts) → Gemini parts. Empty text is left out,
 * since Gemini rejects empty text parts.
 */
export function toGeminiParts(content: unknown, warnings: string[]): GeminiPart[] {
  if (typeof content === 'string') return content ? [{ text: content }] : [];
  if (!Array.isArray(content)) return [];
  return content.map((part) => contentPart(part as Record<string, any>, warnings)).filter((part) => part !== undefined);
}

/** The text of OpenAI content, for places where Gemini takes text only (system, tool results). */
export function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content.map((part) => (part?.type === 'text' && typeof part.text === 'string' ? part.text : '')).join('');
}
