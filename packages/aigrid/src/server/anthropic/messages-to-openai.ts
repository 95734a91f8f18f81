import type { AnthropicContentBlock, AnthropicMessagesRequest } from '../../spec/anthropic-schemas.js';
import type { ChatCompletionRequest } from '../../spec/openai-schemas.js';

type OpenAIMessage = ChatCompletionRequest['messages'][number];

function imageUrl(block: Extract<AnthropicContentBlock, { type: 'image' }>): string {
  const source = block.source as { type: string; media_type?: string; data?: string; url?: string };
  return source.type === 'base64' ? `data:${source.media_type};base64,${source.data}` : String(source.url);
}

function toolResultText(block: Extract<AnthropicContentBlock, { type: 'tool_result' }>): string {
  if (typeof block.content === 'string') return block.content;
  const text = (block.content ?? []).map((part) => (part.type === 'text' ? part.text : '[image]')).join('\n');
  return block.is_error ? `Error: ${text}` : text;
}

/** Splits one Anthropic user turn into OpenAI tool messages (first) and a user message. */
function userMessages(blocks: AnthropicContentBlock[]): OpenAIMessage[] {
  const out: OpenAIMessage[] = [];
  const parts: Array<Record<string, unknown>> = [];
  for (const block of blocks) {
    if (block.type === 'tool_result') out.push({ role: 'tool', tool_call_id: block.tool_use_id, content: toolResultText(block) });
    else if (block.type === 'text') parts.push({ type: 'text', text: block.text });
    else if (block.type === 'image') parts.push({ type: 'image_url', image_url: { url: imageUrl(block) } });
  }
  if (parts.length) out.push({ role: 'user', content: parts.every((part) => part.type === 'text') ? parts.map((part) => part.text).join('\n') : (parts as any) });
  return out;
}

function assistantMessage(blocks: AnthropicContentBlock[]): OpenAIMessage {
  const text = blocks.filter((block) => block.type === 'text').map((block) => (block as { text: string }).text).join('');
  const calls = blocks
    .filter((block): block is Extract<AnthropicContentBlock, { type: 'tool_use' }> => block.type === 'tool_use')
    .map((block) => ({ id: block.id, type: 'function', function: { name: block.name, arguments: JSON.stringify(block.input) } }));
  return { role: 'assistant', content: text || null, ...(calls.length ? { tool_calls: calls } : {}) };
}

function toolChoice(choice: AnthropicMessagesRequest['tool_choice']): ChatCompletionRequest['tool_choice'] {
  if (!choice) return undefined;
  if (choice.type === 'any') return 'required';
  if (choice.type === 'tool') return { type: 'function', function: { name: choice.name } } as any;
  return choice.type;
}

/** Translates an Anthropic Messages request into the gateway's OpenAI-shaped request. */
export function messagesToOpenAI(request: AnthropicMessagesRequest): { request: ChatCompletionRequest; warnings: string[] } {
  const warnings: string[] = [];
  const messages: OpenAIMessage[] = [];
  const system = typeof request.system === 'string' ? request.system : request.system?.map((block) => block.text).join('\n');
  if (system) messages.push({ role: 'system', content: system });
  for (const message of request.messages) {
    const blocks: AnthropicContentBlock[] = typeof message.content === 'string' ? [{ type: 'text', text: message.content }] : message.content;
    if (message.role === 'user') messages.push(...userMessages(blocks));
    else messages.push(assistantMessage(blocks));
  }
  if (request.top_k !== undefined) warnings.push('top_k is not supported through this route and was ignored');
  const disableParallel = request.tool_choice && 'disable_parallel_tool_use' in request.tool_choice && request.tool_choice.disable_parallel_tool_use;
  const translated: ChatCompletionRequest = {
    model: request.model,
    messages,
    max_tokens: request.max_tokens,
    ...(request.stop_sequences?.length ? { stop: request.stop_sequences.slice(0, 4) } : {}),
    ...(request.temperature !== undefined ? { temperature: request.temperature } : {}),
    ...(request.top_p !== undefined ? { top_p: request.top_p } : {}),
    ...(request.metadata?.user_id ? { user: request.metadata.user_id } : {}),
    ...(request.tools?.length
      ? { tools: request.tools.map((tool) => ({ type: 'function', function: { name: tool.name, description: tool.description, parameters: tool.input_schema } })) }
      : {}),
    ...(request.tool_choice && request.tools?.length ? { tool_choice: toolChoice(request.tool_choice) } : {}),
    ...(disableParallel ? { parallel_tool_calls: false } : {}),
  };
  if ((request.stop_sequences?.length ?? 0) > 4) warnings.push('only the first 4 stop_sequences are used');
  return { request: translated, warnings };
}
