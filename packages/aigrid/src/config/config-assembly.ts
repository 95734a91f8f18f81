import type { z } from 'zod';
import { BLOCK_KINDS, type BlockKind } from './config-blocks.js';
import { ConfigError, type ConfigIssue, type PendingIssue } from './config-error.js';
import { DEFAULT_GOVERNANCE_REFRESH_MS, DEFAULT_REDIS_LIMITS, topLevelSchema } from './config-schema.js';
import type { ConfigVocabulary, GatewayConfig } from './config-types.js';
import { splitDocument, type BlockInstance } from './document-shape.js';
import { describeSchemaIssues } from './schema-issues.js';
import { locateInSource } from './source-locator.js';
import { evaluateValue } from './value-evaluator.js';

/** Where a parsed document came from, to evaluate it and to place its errors. */
export interface AssemblyContext {
  /** File name shown in errors and kept as `GatewayConfig.source`. */
  readonly file: string;
  /** Source text, to find line and column of errors; omitted when there is none. */
  readonly text?: string;
  readonly json: boolean;
  readonly env: NodeJS.ProcessEnv;
  /** Names owned by engine modules (the guard's detectors), handed in by the caller. */
  readonly vocabulary?: ConfigVocabulary;
}

/**
 * Validates a parsed document (hcl2json or JSON form) and builds the gateway configuration. All
 * problems are collected and thrown together as one `ConfigError`; cross-block checks (a model's
 * provider exists) run only once every block is valid, so they never report follow-on noise.
 */
export function assembleConfig(document: unknown, context: AssemblyContext): GatewayConfig {
  const shape = splitDocument(document, BLOCK_KINDS, Object.keys(topLevelSchema.shape));
  const issues: PendingIssue[] = [...shape.issues];
  const top = validate(shape.attributes, topLevelSchema, [], '', context.env, issues) as
    | z.output<typeof topLevelSchema>
    | undefined;

  const fields: Record<string, unknown> = {};
  const built: { kind: BlockKind; value: unknown; path: readonly string[] }[] = [];
  for (const block of withAbsentSingulars(shape.blocks)) {
    const { kind, label } = block;
    const body = validate(block.body, kind.schema, block.path, subjectOf(block), context.env, issues);
    if (body === undefined) continue;
    const value = kind.build(body, label);
    built.push({ kind, value, path: block.path });
    if (kind.labels === 0) fields[kind.field] = value;
    else {
      // defineProperty keeps a label such as "__proto__" an ordinary key.
      const record = (fields[kind.field] ??= {}) as Record<string, unknown>;
      Object.defineProperty(record, label, { value, enumerable: true, writable: true, configurable: true });
    }
  }
  for (const kind of BLOCK_KINDS) if (kind.labels === 1) fields[kind.field] ??= {};

  const dataDir = top?.data_dir ?? '';
  const config = {
    source: context.file,
    database: top?.database ?? `sqlite:${dataDir.replace(/\/+$/, '')}/aigrid.db`,
    dataDir,
    governanceRefreshMs: top?.governance_refresh_ms ?? DEFAULT_GOVERNANCE_REFRESH_MS,
    redisLimits: {
      keyPrefix: top?.redis_key_prefix ?? DEFAULT_REDIS_LIMITS.keyPrefix,
      commandTimeoutMs: top?.redis_command_timeout_ms ?? DEFAULT_REDIS_LIMITS.commandTimeoutMs,
      downAfterFailures: top?.redis_down_after_failures ?? DEFAULT_REDIS_LIMITS.downAfterFailures,
      probeMs: top?.redis_probe_ms ?? DEFAULT_REDIS_LIMITS.probeMs,
    },
    ...(top?.redis ? { redis: top.redis } : {}),
    ...fields,
  } as unknown as GatewayConfig;

  const warnings: PendingIssue[] = [];
  if (issues.length === 0) {
    for (const { kind, value, path } of built) {
      for (const { warning, ...issue } of kind.check?.(value, config, context.vocabulary ?? {}) ?? []) {
        (warning ? warnings : issues).push({ ...issue, path: [...path, ...issue.path] });
      }
    }
  }
  if (issues.length > 0) throw new ConfigError(issues.map((issue) => placeIssue(issue, context)).sort(byPosition));
  if (warnings.length > 0) return { ...config, warnings: warnings.map((issue) => placeIssue(issue, context)).sort(byPosition) };
  return config;
}

/** Singular blocks that were not written are validated as empty bodies, so defaults apply. */
function withAbsentSingulars(blocks: readonly BlockInstance[]): BlockInstance[] {
  const present = new Set(blocks.map((block) => block.kind.name));
  const absent = BLOCK_KINDS.filter((kind) => kind.labels === 0 && !present.has(kind.name)).map(
    (kind): BlockInstance => ({ kind, label: '', body: {}, path: [kind.name] }),
  );
  return [...absent, ...blocks];
}

function subjectOf(block: BlockInstance): string {
  return block.kind.labels === 0 ? block.kind.name : `${block.kind.name} "${block.label}"`;
}

/** Evaluates `env()` in a value and validates it; problems go to `issues`, the result is undefined then. */
function validate(
  value: unknown,
  schema: z.ZodType,
  path: readonly string[],
  subject: string,
  env: NodeJS.ProcessEnv,
  issues: PendingIssue[],
): unknown {
  const evaluated = evaluateValue(value, path, env);
  const prefix = subject === '' ? '' : `${subject}: `;
  const failed = new Set<string>();
  for (const problem of evaluated.problems) {
    const name = problem.path.slice(path.length).join('.');
    failed.add(problem.path.join('\u0000'));
    issues.push({ path: problem.path, message: `${prefix}attribute "${name}": ${problem.message}` });
  }
  const result = schema.safeParse(evaluated.value);
  if (!result.success) {
    const context = { path, subject, input: evaluated.value, unset: evaluated.unset };
    // A value whose expression failed was dropped; do not report it missing as well.
    const described = describeSchemaIssues(result.error, schema, context);
    issues.push(...described.filter((issue) => !failed.has(issue.path.join('\u0000'))));
  }
  return result.success && evaluated.problems.length === 0 ? result.data : undefined;
}

/** Issues in file order; those without a position first (they concern the whole file). */
function byPosition(a: ConfigIssue, b: ConfigIssue): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

function placeIssue(issue: PendingIssue, context: AssemblyContext): ConfigIssue {
  const position =
    context.text === undefined
      ? undefined
      : locateInSource(context.text, issue.path, { json: context.json, occurrence: issue.occurrence });
  return {
    file: context.file,
    line: position?.line,
    column: position?.column,
    path: issue.path,
    message: issue.message,
    hint: issue.hint,
  };
}
