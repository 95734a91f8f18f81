import { GridError } from '../../spec/grid-error.js';

/** Serialises an upstream request body; pathological nesting becomes a client error, not a crash. */
export function serializeRequest(body: unknown): string {
  try {
    return JSON.stringify(body);
  } catch (error) {
    if (error instanceof RangeError) {
      throw new GridError('invalid_request', 'The request body is nested too deeply to forward.', { cause: error });
    }
    throw error;
  }
}
