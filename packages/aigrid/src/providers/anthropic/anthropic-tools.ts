import type { ChatCompletionRequest } from '../../spec/openai-schemas.js';
import { GridError } from '../../spec/grid-error.js';
import type { AnthropicTool, AnthropicToolChoice } from './anthropic-wire.js';

export interface TranslatedTools {
  tools?: AnthropicTool[];
  toolChoice?: AnthropicToolChoice;
}

function translateTool(tool: NonNullable<ChatCompletionRequest['tools']>[number], warnings: string[]): AnthropicTool | undefined {
  if (tool.type !== 'function' || !tool.function) {
    warnings.push(`Tools of type '${tool.type}' are not supported by Anthropic and were dropped.`);
    return undefined;
  }
  const { name, description, parameters, strict } = tool.function;
  const translated: AnthropicTool = { name, input_schema: parameters ?? { type: 'object', properties: {} } };
  if (description !== undefined) translated.description = description;
  if (strict === true) translated.strict = true;
  return translated;
}

function translateChoice(choice: ChatCompletionRequest['tool_choice']): AnthropicToolChoice | undefined {
  if (choice === undefined) return undefined;
  if (choice === 'auto') return { type: 'auto' };
  // Tools stay defined under 'none': history may hold tool_use blocks that refer to them.
  if (choice === 'none') return { type: 'none' };
  if (choice === 'required') return { type: 'any' };
  if (typeof choice === 'object' && choice.type === 'function') {
    const name = (choice.function as { name?: unknown } | undefined)?.name;
    if (typeof name === 'string' && name !== '') return { type: 'tool', name };
  }
  throw new GridError('invalid_request', "tool_choice must be 'auto', 'none', 'required' or {type: 'function', function: {name}}.", { param: 'tool_choice' });
}

/**
 * Translates OpenAI tools and tool_choice. `parallel_tool_calls: false` becomes
 * `disable_parallel_tool_use` on the choice (an `auto` choice is made when none was given).
 */
export function translateTools(request: ChatCompletionRequest, warnings: string[]): TranslatedTools {
  const tools = (request.tools ?? []).map((tool) => translateTool(tool, warnings)).filter((tool) => tool !== undefined);
  if (tools.length === 0) {
    if (request.tool_choice !== undefined && request.tool_choice !== 'none' && request.tool_choice !== 'auto') {
      throw new GridError('invalid_request', 'tool_choice asks for a tool call but no function tools were given.', { param: 'tool_choice' });
    }
    return {};
  }
  let toolChoice = translateChoice(request.tool_choice);
  if (request.parallel_tool_calls === false && toolChoice?.type !== 'none') {
    toolChoice = { ...(toolChoice ?? { type: 'auto' }), disable_parallel_tool_use: true };
  }
  return { tools, toolChoice };
}
