/** One problem found in a configuration: where it is and what is wrong. */
export interface ConfigIssue {
  /** File the problem is in; `<environment>` or `<overrides>` for values that came from outside a file. */
  readonly file: string;
  /** 1-based line, when the problem could be located in the source text. */
  readonly line?: number;
  /** 1-based column, when the problem could be located in the source text. */
  readonly column?: number;
  /**
   * Where the value sits in the document, e.g. `["provider", "openai", "base_url"]`. Kept as
   * segments because labels may contain dots (`model "gpt-4.1"`).
   */
  readonly path: readonly string[];
  /** What is wrong, including its subject, e.g. `provider "openai": unknown attribute "base_ulr"`. */
  readonly message: string;
  /** A way out, e.g. `did you mean "base_url"?`. */
  readonly hint?: string;
}

/**
 * An issue found while validating, before it is placed in a file: the loader locates `path` in
 * the source text to add line and column. `occurrence` picks among repeated blocks (duplicates).
 */
export interface PendingIssue {
  readonly path: readonly string[];
  readonly message: string;
  readonly hint?: string;
  readonly occurrence?: number;
}

/** Formats one issue as `file:line:column: message (hint)`; parts that are unknown are left out. */
export function formatConfigIssue(issue: ConfigIssue): string {
  let location = issue.file;
  if (issue.line !== undefined) {
    location += `:${issue.line}`;
    if (issue.column !== undefined) location += `:${issue.column}`;
  }
  const hint = issue.hint === undefined ? '' : ` (${issue.hint})`;
  return `${location}: ${issue.message}${hint}`;
}

/**
 * Thrown when a configuration cannot be loaded. It carries every issue found (validation goes on
 * after the first problem so that users can fix them all in one pass); the top-level fields
 * describe the first issue, for callers that only show one.
 */
export class ConfigError extends Error {
  readonly issues: readonly ConfigIssue[];

  constructor(issues: ConfigIssue | readonly ConfigIssue[]) {
    const list = Array.isArray(issues) ? [...(issues as readonly ConfigIssue[])] : [issues as ConfigIssue];
    if (list.length === 0) throw new TypeError('ConfigError needs at least one issue');
    super(list.map(formatConfigIssue).join('\n'));
    this.name = 'ConfigError';
    this.issues = Object.freeze(list);
  }

  get file(): string {
    return this.issues[0].file;
  }

  get line(): number | undefined {
    return this.issues[0].line;
  }

  get column(): number | undefined {
    return this.issues[0].column;
  }

  /** Dotted path of the first issue, e.g. `provider.openai.base_url`. */
  get path(): string {
    return this.issues[0].path.join('.');
  }

  get hint(): string | undefined {
    return this.issues[0].hint;
  }

  /** Every issue, one per line, as `aigrid.hcl:12:3: provider "openai": ... (hint)`. */
  format(): string {
    return this.issues.map(formatConfigIssue).join('\n');
  }
}
