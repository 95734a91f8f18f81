/** A database URL, split into what the opener needs. */
export type StoreLocation =
  | { readonly dialect: 'sqlite'; readonly path: string }
  | { readonly dialect: 'postgres'; readonly connectionString: string };

/** Path better-sqlite3 treats as a private in-memory database. */
export const SQLITE_MEMORY = ':memory:';

/**
 * Parses `sqlite:<path>` (also `sqlite://<path>`, `sqlite::memory:`) and
 * `postgres://` / `postgresql://` URLs. Anything else is an error naming the accepted forms.
 */
export function parseStoreUrl(url: string): StoreLocation {
  const trimmed = url.trim();
  const lower = trimmed.toLowerCase();
  if (lower.startsWith('postgres://') || lower.startsWith('postgresql://')) {
    return { dialect: 'postgres', connectionString: trimmed };
  }
  if (lower.startsWith('sqlite:')) {
    let path = trimmed.slice('sqlite:'.length);
    if (path.startsWith('//')) path = path.slice(2);
    if (path === '') throw new Error(`database URL "${url}" has no path: use sqlite:<path> or sqlite::memory:`);
    return { dialect: 'sqlite', path };
  }
  throw new Error(
    `unsupported database URL "${redact(trimmed)}": expected sqlite:<path>, sqlite::memory:, ` +
      'postgres://… or postgresql://…',
  );
}

/** Keeps a password that might sit in a mistyped URL out of error messages. */
function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
