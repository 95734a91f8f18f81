import type { ChatCompletionRequest } from '../../spec/openai-schemas.js';
import { toGeminiSchema } from './gemini-schema.js';
import type { GeminiFunctionDeclaration, GeminiGenerateRequest } from './gemini-wire.js';

type ToolFields = Pick<GeminiGenerateRequest, 'tools' | 'toolConfig'>;

function declaration(tool: NonNullable<ChatCompletionRequest['tools']>[number], warnings: string[]): GeminiFunctionDeclaration | undefined {
  const fn = tool.function;
  if (tool.type !== 'function' || !fn) {
    warnings.push(`Tool type '${tool.type}' is not supported by Gemini; the tool was dropped.`);
    return undefined;
  }
  const result: GeminiFunctionDeclaration = { name: fn.name };
  if (fn.description) result.description = fn.description;
  if (fn.strict) warnings.push(`Tool '${fn.name}': strict schema adherence is not offered by Gemini; the schema is a hint.`);
  if (fn.parameters) {
    const { schema, dropped } = toGeminiSchema(fn.parameters);
    if (dropped.length) warnings.push(`Tool '${fn.name}': JSON-schema keywords Gemini does not support were dropped: ${dropped.join(', ')}.`);
    // Gemini rejects an OBJECT without properties; a function without parameters leaves them out.
    if (schema.properties) result.parameters = schema;
  }
  return result;
}

function toolConfig(choice: ChatCompletionRequest['tool_choice'], warnings: string[]): ToolFields['toolConfig'] {
  if (choice === undefined) return undefined;
  if (choice === 'auto') return { functionCallingConfig: { mode: 'AUTO' } };
  if (choice === 'none') return { functionCallingConfig: { mode: 'NONE' } };
  if (choice === 'required') return { functionCallingConfig: { mode: 'ANY' } };
  const name = typeof choice === 'object' && choice.type === 'function' ? (choice as { function?: { name?: unknown } }).function?.name : undefined;
  if (typeof name === 'string') return { functionCallingConfig: { mode: 'ANY', allowedFunctionNames: [name] } };
  warnings.push(`tool_choice ${JSON.stringify(choice)} has no Gemini equivalent; Gemini decides (AUTO).`);
  return undefined;
}

/**
 * OpenAI `tools` and `tool_choice` → Gemini `tools[].functionDeclarations` and
 * `toolConfig.functionCallingConfig` (auto → AUTO, none → NONE, required → ANY, a named function →
 * ANY restricted to it through allowedFunctionNames).
 */
export function toGeminiTools(request: ChatCompletionRequest, warnings: string[]): ToolFields {
  const declarations = (request.tools ?? []).map((tool) => declaration(tool, warnings)).filter((entry) => entry !== undefined);
  if (request.parallel_tool_calls === false) warnings.push('parallel_tool_calls=false is not supported by Gemini; the model may call several tools at once.');
  if (!declarations.length) return {};
  return { tools: [{ functionDeclarations: declarations }], toolConfig: toolConfig(request.tool_choice, warnings) };
}
