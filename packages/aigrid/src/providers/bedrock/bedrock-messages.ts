import { GridError } from '../../spec/grid-error.js';
import type { ChatCompletionRequest } from '../../spec/openai-schemas.js';
import type { BedrockContentBlock, BedrockImageFormat, BedrockMessage } from './bedrock-wire.js';
import { quoteClient } from '../../spec/client-text.js';

type ChatMessage = ChatCompletionRequest['messages'][number];
type ContentPart = { type: string; text?: unknown; image_url?: unknown };

export interface TranslatedMessages {
  system: Array<{ text: string }>;
  messages: BedrockMessage[];
  /** Whether the history holds toolUse or toolResult blocks: Bedrock then requires a toolConfig. */
  hasToolBlocks: boolean;
  /** Names of the tools called in the history. */
  historyToolNames: string[];
}

/** Bedrock rejects blank text blocks, so an empty tool output is sent as this. */
export const EMPTY_TOOL_RESULT = '(no output)';

const DATA_URL = /^data:image\/(png|jpe?g|gif|webp);base64,(.+)$/is;

function invalid(message: string, param: string): GridError {
  return new GridError('invalid_request', message, { param });
}

/** An image part as a Bedrock image block; Converse takes bytes only, so only data: URLs work. */
function imageBlock(part: ContentPart, param: string): BedrockContentBlock {
  const image = part.image_url;
  const url = typeof image === 'string' ? image : (image as { url?: unknown } | undefined)?.url;
  const match = typeof url === 'string' ? DATA_URL.exec(url) : null;
  if (!match) {
    throw invalid('Bedrock accepts images only as base64 data: URLs (png, jpeg, gif or webp); fetch the image and inline it.', param);
  }
  const subtype = match[1].toLowerCase();
  const format = (subtype === 'jpg' ? 'jpeg' : subtype) as BedrockImageFormat;
  return { image: { format, source: { bytes: match[2] } } };
}

/** Text and image blocks of a message's content. Bedrock rejects blank text blocks, so they are left out. */
function contentBlocks(content: ChatMessage['content'], param: string, allowImages: boolean): BedrockContentBlock[] {
  if (typeof content === 'string') return content === '' ? [] : [{ text: content }];
  if (!content) return [];
  const blocks: BedrockContentBlock[] = [];
  content.forEach((part: ContentPart, index) => {
    const partParam = `${param}[${index}]`;
    if (part.type === 'text' && typeof part.text === 'string') {
      if (part.text !== '') blocks.push({ text: part.text });
    } else if (part.type === 'image_url' && allowImages) {
      blocks.push(imageBlock(part, partParam));
    } else {
      throw invalid(`Content parts of type ${quoteClient(part.type)} are not supported here by the Bedrock adapter.`, partParam);
    }
  });
  return blocks;
}

function textOf(content: ChatMessage['content'], param: string): string {
  return contentBlocks(content, param, false)
    .map((block) => (block as { text: string }).text)
    .join('\n');
}

function toolUseBlocks(message: ChatMessage, param: string): BedrockContentBlock[] {
  return (message.tool_calls ?? []).map((call, index) => {
    const text = call.function.arguments;
    let input: unknown = {};
    try {
      if (text.trim() !== '') input = JSON.parse(text);
    } catch {
      throw invalid('Tool call arguments must be a JSON string.', `${param}.tool_calls[${index}].function.arguments`);
    }
    return { toolUse: { toolUseId: call.id, name: call.function.name, input } };
  });
}

/**
 * Translates OpenAI chat messages to Converse's `system` and `messages`. Tool results become user
 * toolResult blocks carrying the client's tool_call_id, and consecutive messages of one role are
 * merged, since Converse requires user and assistant turns to alternate.
 */
export function toBedrockMessages(input: readonly ChatMessage[]): TranslatedMessages {
  const result: TranslatedMessages = { system: [], messages: [], hasToolBlocks: false, historyToolNames: [] };
  const push = (role: BedrockMessage['role'], content: BedrockContentBlock[]) => {
    // A message left empty (blank text only) would be rejected; its neighbours then merge.
    if (content.length === 0) return;
    const last = result.messages.at(-1);
    if (last?.role === role) last.content.push(...content);
    else result.messages.push({ role, content });
  };
  input.forEach((message, index) => {
    const param = `messages[${index}]`;
    switch (message.role) {
      case 'system':
      case 'developer': {
        const text = textOf(message.content, `${param}.content`);
        if (text !== '') result.system.push({ text });
        break;
      }
      case 'user':
        push('user', contentBlocks(message.content, `${param}.content`, true));
        break;
      case 'assistant': {
        const calls = toolUseBlocks(message, param);
        result.hasToolBlocks ||= calls.length > 0;
        for (const call of message.tool_calls ?? []) {
          if (!result.historyToolNames.includes(call.function.name)) result.historyToolNames.push(call.function.name);
        }
        push('assistant', [...contentBlocks(message.content, `${param}.content`, false), ...calls]);
        break;
      }
      case 'tool': {
        if (!message.tool_call_id) throw invalid('A tool message needs tool_call_id.', `${param}.tool_call_id`);
        result.hasToolBlocks = true;
        const text = textOf(message.content, `${param}.content`) || EMPTY_TOOL_RESULT;
        push('user', [{ toolResult: { toolUseId: message.tool_call_id, content: [{ text }] } }]);
        break;
      }
      default:
        throw invalid(`Messages with role ${quoteClient(message.role)} are not supported by the Bedrock adapter; use tools.`, `${param}.role`);
    }
  });
  return result;
}
