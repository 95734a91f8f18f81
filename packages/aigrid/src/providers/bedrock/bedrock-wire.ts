/*
 * The parts of the Bedrock Converse wire format the adapter writes and reads
 * (API reference: Converse, ConverseStream, ContentBlock, ToolConfiguration, TokenUsage).
 * Response types are lenient: every field may be missing.
 */

export type BedrockImageFormat = 'png' | 'jpeg' | 'gif' | 'webp';

export type BedrockToolResultContent = { text: string } | { json: unknown };

export type BedrockContentBlock =
  | { text: string }
  | { image: { format: BedrockImageFormat; source: { bytes: string } } }
  | { toolUse: { toolUseId: string; name: string; input: unknown } }
  | { toolResult: { toolUseId: string; content: BedrockToolResultContent[]; status?: 'success' | 'error' } };

export interface BedrockMessage {
  role: 'user' | 'assistant';
  content: BedrockContentBlock[];
}

export type BedrockToolChoice = { auto: Record<string, never> } | { any: Record<string, never> } | { tool: { name: string } };

export interface BedrockToolSpec {
  toolSpec: { name: string; description?: string; inputSchema: { json: unknown } };
}

export interface BedrockInferenceConfig {
  maxTokens?: number;
  temperature?: number;
  topP?: number;
  stopSequences?: string[];
}

/** The body of `POST /model/<modelId>/converse` (and `/converse-stream`). */
export interface ConverseRequest {
  messages: BedrockMessage[];
  system?: Array<{ text: string }>;
  inferenceConfig?: BedrockInferenceConfig;
  toolConfig?: { tools: BedrockToolSpec[]; toolChoice?: BedrockToolChoice };
}

/** Bedrock's TokenUsage: `inputTokens` excludes the cache read and cache write tokens. */
export interface BedrockUsageWire {
  inputTokens?: number | null;
  outputTokens?: number | null;
  totalTokens?: number | null;
  cacheReadInputTokens?: number | null;
  cacheWriteInputTokens?: number | null;
}

export interface BedrockResponseBlock {
  text?: string | null;
  toolUse?: { toolUseId?: string | null; name?: string | null; input?: unknown } | null;
  [key: string]: unknown;
}

/** The body Converse answers with. */
export interface ConverseResponse {
  output?: { message?: { role?: string; content?: BedrockResponseBlock[] | null } | null } | null;
  stopReason?: string | null;
  usage?: BedrockUsageWire | null;
}
