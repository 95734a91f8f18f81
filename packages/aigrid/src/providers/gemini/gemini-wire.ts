/*
 * The parts of the Gemini API (Generative Language API, v1beta) wire format this adapter writes
 * and reads. Response types are lenient: every field is optional, since we read only what we use.
 */

/** One part of a content: text, inline bytes, a file reference, a function call or its result. */
export interface GeminiPart {
  text?: string;
  /** True on thought-summary parts; those are reasoning, not answer text. */
  thought?: boolean;
  /** Opaque signature of the model's reasoning; Gemini 3 requires it back on function calls. */
  thoughtSignature?: string;
  inlineData?: { mimeType: string; data: string };
  fileData?: { fileUri: string; mimeType?: string };
  functionCall?: { name: string; args?: Record<string, unknown>; id?: string };
  functionResponse?: { name: string; response: Record<string, unknown> };
}

export interface GeminiContent {
  role?: 'user' | 'model';
  parts: GeminiPart[];
}

export interface GeminiFunctionDeclaration {
  name: string;
  description?: string;
  parameters?: Record<string, unknown>;
}

export interface GeminiGenerationConfig {
  temperature?: number;
  topP?: number;
  maxOutputTokens?: number;
  stopSequences?: string[];
  candidateCount?: number;
  seed?: number;
  presencePenalty?: number;
  frequencyPenalty?: number;
  responseMimeType?: string;
  responseJsonSchema?: Record<string, unknown>;
}

/** Body of `models/<model>:generateContent` and `:streamGenerateContent`. */
export interface GeminiGenerateRequest {
  contents: GeminiContent[];
  systemInstruction?: { parts: Array<{ text: string }> };
  tools?: Array<{ functionDeclarations: GeminiFunctionDeclaration[] }>;
  toolConfig?: { functionCallingConfig: { mode: 'AUTO' | 'NONE' | 'ANY'; allowedFunctionNames?: string[] } };
  generationConfig?: GeminiGenerationConfig;
}

export interface GeminiUsageMetadata {
  promptTokenCount?: number;
  cachedContentTokenCount?: number;
  candidatesTokenCount?: number;
  toolUsePromptTokenCount?: number;
  thoughtsTokenCount?: number;
  totalTokenCount?: number;
}

export interface GeminiCandidate {
  index?: number;
  content?: { role?: string; parts?: GeminiPart[] } | null;
  finishReason?: string;
  finishMessage?: string;
}

/** One `GenerateContentResponse`: the whole answer, or one streamed chunk of it. */
export interface GeminiGenerateResponse {
  candidates?: GeminiCandidate[] | null;
  promptFeedback?: { blockReason?: string } | null;
  usageMetadata?: GeminiUsageMetadata | null;
  modelVersion?: string;
  responseId?: string;
}

/** Google's error envelope (google.rpc.Status). */
export interface GoogleErrorBody {
  error?: {
    code?: number;
    message?: string;
    status?: string;
    details?: Array<{ '@type'?: string; reason?: string; retryDelay?: string }>;
  };
}
