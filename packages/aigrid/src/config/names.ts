// The one set of rules for the names of tenants, projects, keys, budgets and limits. aigrid.hcl
// labels, the admin API and the CLI all check names here, so a name one accepts the others accept.

/** What a name names. */
export type NameKind = 'tenant' | 'project' | 'key' | 'budget' | 'limit';

const SLUG = '[a-z0-9][a-z0-9_-]*';

/** A tenant name (also the tenant part of a project name and of `tenant:` scopes). */
export const TENANT_NAME = new RegExp(`^${SLUG}$`);
/** A project name: `<tenant>/<project>`. */
export const PROJECT_NAME = new RegExp(`^${SLUG}/${SLUG}$`);
const LABEL_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** Longest name of any kind. */
export const MAX_NAME_LENGTH = 100;

interface NameRule {
  readonly pattern: RegExp;
  /** The rule in words, for messages and help: "lower-case letters, digits, - and _". */
  readonly rule: string;
}

/** Each kind's rule. */
export const NAME_RULES: Readonly<Record<NameKind, NameRule>> = Object.freeze({
  tenant: { pattern: TENANT_NAME, rule: 'lower-case letters, digits, - and _, starting with a letter or digit' },
  project: { pattern: PROJECT_NAME, rule: '"<tenant>/<project>", each lower-case letters, digits, - and _' },
  key: { pattern: LABEL_NAME, rule: 'letters, digits, ., - and _, starting with a letter or digit' },
  budget: { pattern: LABEL_NAME, rule: 'letters, digits, ., - and _, starting with a letter or digit' },
  limit: { pattern: LABEL_NAME, rule: 'letters, digits, ., - and _, starting with a letter or digit' },
});

/**
 * Why `name` cannot name a `kind`, as a phrase ("tenant names are …"), or undefined when it can.
 * Callers quote the name themselves, cut short where a client sent it (`quoteClient`).
 */
export function nameProblem(kind: NameKind, name: string): string | undefined {
  if (name.length === 0) return `${kind} names cannot be empty`;
  if (name.length > MAX_NAME_LENGTH) return `${kind} names are at most ${MAX_NAME_LENGTH} characters`;
  const { pattern, rule } = NAME_RULES[kind];
  return pattern.test(name) ? undefined : `${kind} names are ${rule}`;
}
