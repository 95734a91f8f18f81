/**
 * Structured one-line logs on stderr. Request bodies never pass through here.
 *
 * One rule for every line, the start-up line included: JSON (one object per line), or — only
 * when the stream is a terminal — the same fields as readable text. `AIGRID_LOG_FORMAT=json|text`
 * overrides the choice; `logFormatFor(stream)` makes it, so every writer of a line decides alike.
 */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export type LogLevel = 'info' | 'warn' | 'error' | 'silent';
export type LogFormat = 'json' | 'text';
const RANK: Record<LogLevel, number> = { info: 0, warn: 1, error: 2, silent: 3 };

/** The format of every line written to `stream`: text on a terminal, JSON otherwise. */
export function logFormatFor(stream: { isTTY?: boolean } = process.stderr, env: NodeJS.ProcessEnv = process.env): LogFormat {
  const chosen = env.AIGRID_LOG_FORMAT;
  if (chosen === 'json' || chosen === 'text') return chosen;
  return stream.isTTY ? 'text' : 'json';
}

/** One log line (with its newline) in `format`. */
export function formatLogLine(format: LogFormat, level: Exclude<LogLevel, 'silent'>, message: string, fields?: Record<string, unknown>): string {
  const time = new Date().toISOString();
  if (format === 'json') return `${JSON.stringify({ time, level, message, ...fields })}\n`;
  let line = `${time} ${level.toUpperCase().padEnd(5)} ${message}`;
  for (const [name, value] of Object.entries(fields ?? {})) {
    if (value === undefined) continue;
    line += ` ${name}=${typeof value === 'string' && /^[^\s"=]+$/.test(value) ? value : JSON.stringify(value)}`;
  }
  return `${line}\n`;
}

/** A logger at `level`; to stderr in its format by default, or to `write` (JSON unless `format` says). */
export function createLogger(level: LogLevel = 'info', write?: (line: string) => void, format?: LogFormat): Logger {
  const sink = write ?? ((line: string) => process.stderr.write(line));
  const chosen = format ?? (write ? 'json' : logFormatFor(process.stderr));
  const emit = (at: Exclude<LogLevel, 'silent'>, message: string, fields?: Record<string, unknown>) => {
    if (RANK[at] < RANK[level]) return;
    sink(formatLogLine(chosen, at, message, fields));
  };
  return {
    info: (message, fields) => emit('info', message, fields),
    warn: (message, fields) => emit('warn', message, fields),
    error: (message, fields) => emit('error', message, fields),
  };
}
