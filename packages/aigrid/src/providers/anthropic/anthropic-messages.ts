import type { ChatCompletionRequest } from '../../spec/openai-schemas.js';
import { GridError } from '../../spec/grid-error.js';
import { contentBlocks } from './anthropic-content.js';
import type { AnthropicBlockParam, AnthropicMessageParam } from './anthropic-wire.js';

type OpenAIMessage = ChatCompletionRequest['messages'][number];

export interface TranslatedMessages {
  system?: string | AnthropicBlockParam[];
  messages: AnthropicMessageParam[];
}

/** Parses an assistant tool call's JSON arguments into the object Anthropic wants as `input`. */
function toolInput(args: string, param: string): Record<string, unknown> {
  // Some clients send '' for a call without arguments.
  if (args.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(args);
  } catch {
    throw new GridError('invalid_request', 'Tool call arguments must be a JSON object; these are not valid JSON.', { param });
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new GridError('invalid_request', 'Tool call arguments must be a JSON object.', { param });
  }
  return parsed as Record<string, unknown>;
}

function assistantBlocks(message: OpenAIMessage, index: number): AnthropicBlockParam[] {
  const blocks = contentBlocks(message.content, `messages[${index}].content`);
  message.tool_calls?.forEach((call, position) => {
    const param = `messages[${index}].tool_calls[${position}].function.arguments`;
    blocks.push({ type: 'tool_use', id: call.id, name: call.function.name, input: toolInput(call.function.arguments, param) });
  });
  return blocks;
}

function toolResultBlock(message: OpenAIMessage, index: number): AnthropicBlockParam {
  if (!message.tool_call_id) {
    throw new GridError('invalid_request', "A 'tool' message needs the tool_call_id of the call it answers.", { param: `messages[${index}].tool_call_id` });
  }
  const block: AnthropicBlockParam = { type: 'tool_result', tool_use_id: message.tool_call_id };
  if (typeof message.content === 'string') {
    if (message.content !== '') block.content = message.content;
  } else {
    const blocks = contentBlocks(message.content, `messages[${index}].content`);
    if (blocks.length > 0) block.content = blocks;
  }
  return block;
}

function systemBlocks(message: OpenAIMessage, index: number): AnthropicBlockParam[] {
  const blocks = contentBlocks(message.content, `messages[${index}].content`);
  if (blocks.some((block) => block.type !== 'text')) {
    throw new GridError('invalid_request', 'System messages sent to Anthropic may hold only text.', { param: `messages[${index}].content` });
  }
  return blocks;
}

/** A lone plain text block is sent as a string, the form Anthropic's own examples use. */
function compact(blocks: AnthropicBlockParam[]): string | AnthropicBlockParam[] {
  const only = blocks.length === 1 ? blocks[0] : undefined;
  return only?.type === 'text' && only.cache_control === undefined ? (only.text as string) : blocks;
}

/**
 * Translates OpenAI chat messages to Anthropic's shape: system and developer messages go to the
 * top-level `system` (wherever they stood), tool results become `tool_result` blocks in a user
 * turn, assistant tool calls become `tool_use` blocks with their ids kept, and consecutive turns
 * of the same role are merged, since Anthropic requires user and assistant to alternate.
 */
export function translateMessages(messages: readonly OpenAIMessage[]): TranslatedMessages {
  const system: AnthropicBlockParam[] = [];
  const turns: Array<{ role: 'user' | 'assistant'; blocks: AnthropicBlockParam[] }> = [];
  const add = (role: 'user' | 'assistant', blocks: AnthropicBlockParam[]) => {
    // An empty turn would be rejected; leaving it out changes nothing the model sees.
    if (blocks.length === 0) return;
    const last = turns.at(-1);
    if (last?.role === role) last.blocks.push(...blocks);
    else turns.push({ role, blocks });
  };
  messages.forEach((message, index) => {
    switch (message.role) {
      case 'system':
      case 'developer':
        system.push(...systemBlocks(message, index));
        break;
      case 'user':
        add('user', contentBlocks(message.content, `messages[${index}].content`));
        break;
      case 'assistant':
        add('assistant', assistantBlocks(message, index));
        break;
      case 'tool':
        add('user', [toolResultBlock(message, index)]);
        break;
      default:
        throw new GridError('invalid_request', "Legacy 'function' messages carry no call id; send 'tool' messages instead.", { param: `messages[${index}].role` });
    }
  });
  if (turns.length === 0) {
    throw new GridError('invalid_request', 'Anthropic models need at least one user or assistant message besides the system prompt.', { param: 'messages' });
  }
  return {
    system: system.length > 0 ? compact(system) : undefined,
    messages: turns.map(({ role, blocks }) => ({
      role,
      // Anthropic wants a turn's tool results before any other content in it.
      content: compact(role === 'user' ? [...blocks.filter(isToolResult), ...blocks.filter((block) => !isToolResult(block))] : blocks),
    })),
  };
}

const isToolResult = (block: AnthropicBlockParam) => block.type === 'tool_result';
