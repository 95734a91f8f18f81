import { z } from 'zod';

/**
 * A JSON object whose members the gateway does not check (a tool's JSON schema, a tool call's
 * input): it passes through as sent. Checked in constant time and not copied, where
 * `z.record(z.string(), z.unknown())` visits and copies every key, which a body of many keys makes slow.
 */
export const opaqueJsonObject = z.custom<Record<string, unknown>>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  { message: 'Invalid input: expected an object' },
);
