/**
 * Provider types a config may name, and what each one implies: which adapter family serves it
 * and its default base URL. OpenAI-compatible vendors are presets, so `type = "groq"` needs only
 * a key.
 */
export type AdapterFamily = 'openai-compatible' | 'anthropic' | 'gemini' | 'bedrock' | 'azure';

export interface ProviderPreset {
  readonly family: AdapterFamily;
  /** Default base URL; undefined means the config must give one. */
  readonly baseUrl?: string;
  /** Engines that run on the operator's own machines: their deployments default to `local`. */
  readonly local?: true;
}

export const PROVIDER_PRESETS = {
  openai: { family: 'openai-compatible', baseUrl: 'https://api.openai.com/v1' },
  'openai-compatible': { family: 'openai-compatible' },
  anthropic: { family: 'anthropic', baseUrl: 'https://api.anthropic.com' },
  gemini: { family: 'gemini', baseUrl: 'https://generativelanguage.googleapis.com/v1beta' },
  // Bedrock's URL depends on the region; the adapter derives it when base_url is unset.
  bedrock: { family: 'bedrock' },
  azure: { family: 'azure' },
  mistral: { family: 'openai-compatible', baseUrl: 'https://api.mistral.ai/v1' },
  groq: { family: 'openai-compatible', baseUrl: 'https://api.groq.com/openai/v1' },
  together: { family: 'openai-compatible', baseUrl: 'https://api.together.xyz/v1' },
  deepseek: { family: 'openai-compatible', baseUrl: 'https://api.deepseek.com/v1' },
  fireworks: { family: 'openai-compatible', baseUrl: 'https://api.fireworks.ai/inference/v1' },
  openrouter: { family: 'openai-compatible', baseUrl: 'https://openrouter.ai/api/v1' },
  ollama: { family: 'openai-compatible', baseUrl: 'http://127.0.0.1:11434/v1', local: true },
  vllm: { family: 'openai-compatible', baseUrl: 'http://127.0.0.1:8000/v1', local: true },
  llamacpp: { family: 'openai-compatible', baseUrl: 'http://127.0.0.1:8080/v1', local: true },
} as const satisfies Record<string, ProviderPreset>;

export type ProviderType = keyof typeof PROVIDER_PRESETS;

export const PROVIDER_TYPES = Object.keys(PROVIDER_PRESETS) as [ProviderType, ...ProviderType[]];

/**
 * Where a deployment runs when its config does not say: `local` for local engines (ollama, vllm,
 * llamacpp), `cloud` for everything else. The router and the config's policy checks share it.
 */
export function defaultLocation(type: ProviderType): 'cloud' | 'local' {
  const preset: ProviderPreset = PROVIDER_PRESETS[type];
  return preset.local ? 'local' : 'cloud';
}
