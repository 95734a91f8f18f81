export { GridError, toGridError, parseRetryAfter } from './spec/grid-error.js';
export { ERROR_TABLE, ERROR_CODES, type ErrorCode } from './spec/error-codes.js';
export type { Usage } from './spec/usage.js';
export type { ProviderAdapter, CallContext, ProviderCapabilities } from './providers/provider-types.js';
export type { ConfigVocabulary, GatewayConfig, ProviderConfig, ModelConfig } from './config/config-types.js';
export { loadConfig } from './config/load-config.js';
export { startGateway, type RunningGateway, type StartOptions } from './server/start-gateway.js';
