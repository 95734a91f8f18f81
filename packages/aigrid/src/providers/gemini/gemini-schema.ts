/*
 * Gemini's function `parameters` take its Schema object, a subset of OpenAPI 3.0, and reject any
 * other keyword with HTTP 400. JSON Schema from OpenAI-style clients is converted here: what has
 * an equivalent is rewritten, the rest is dropped and reported.
 */

/** Keywords Gemini's Schema object accepts (v1beta). */
const SUPPORTED = new Set([
  'type', 'format', 'title', 'description', 'nullable', 'enum', 'items', 'properties', 'required',
  'minItems', 'maxItems', 'minProperties', 'maxProperties', 'minLength', 'maxLength', 'pattern',
  'minimum', 'maximum', 'anyOf', 'propertyOrdering', 'default', 'example',
]);

/** `format` values Gemini accepts, by type; others are rejected upstream. */
const FORMATS: Record<string, Set<string>> = {
  string: new Set(['enum', 'date-time']),
  number: new Set(['float', 'double']),
  integer: new Set(['int32', 'int64']),
};

/** How deep `$ref`s are inlined before a (recursive) reference is given up on. */
const MAX_REF_DEPTH = 8;

type Schema = Record<string, unknown>;

const isSchema = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value);

interface Walk {
  root: Schema;
  dropped: Set<string>;
  depth: number;
}

function resolveRef(ref: unknown, walk: Walk): Schema | undefined {
  const match = typeof ref === 'string' ? /^#\/(\$defs|definitions)\/([^/]+)$/.exec(ref) : null;
  const defs = match ? walk.root[match[1]] : undefined;
  const target = isSchema(defs) ? defs[match![2]] : undefined;
  return isSchema(target) && walk.depth < MAX_REF_DEPTH ? target : undefined;
}

function convertType(type: unknown, out: Schema, walk: Walk): void {
  if (!Array.isArray(type)) {
    out.type = type;
    return;
  }
  const types = type.filter((entry) => entry !== 'null');
  if (types.length < type.length) out.nullable = true;
  if (types.length === 1) out.type = types[0];
  else if (types.length > 1) out.anyOf = types.map((entry) => ({ type: entry }));
  else walk.dropped.add('type');
}

function convertEnum(values: unknown, out: Schema, walk: Walk, keyword: string): void {
  const list = Array.isArray(values) ? values : [values];
  if (list.every((value) => typeof value === 'string')) out.enum = list;
  else walk.dropped.add(keyword); // Gemini enums are strings only
}

function convert(schema: Schema, walk: Walk): Schema {
  if ('$ref' in schema) {
    const target = resolveRef(schema.$ref, walk);
    if (!target) {
      walk.dropped.add('$ref');
      return {};
    }
    // Keywords beside a $ref (a description, say) apply on top of the target.
    const { $ref: _ref, ...rest } = schema;
    return convert({ ...target, ...rest }, { ...walk, depth: walk.depth + 1 });
  }
  const out: Schema = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (keyword === 'type') convertType(value, out, walk);
    else if (keyword === 'const') convertEnum(value, out, walk, 'const');
    else if (keyword === 'enum') convertEnum(value, out, walk, 'enum');
    else if (keyword === 'anyOf' || keyword === 'oneOf') {
      if (Array.isArray(value)) out.anyOf = value.filter(isSchema).map((entry) => convert(entry, walk));
      if (keyword === 'oneOf') walk.dropped.add('oneOf (sent as anyOf)');
    } else if (keyword === 'items') {
      if (isSchema(value)) out.items = convert(value, walk);
      else walk.dropped.add('items (tuple form)');
    } else if (keyword === 'properties') {
      const entries = isSchema(value) ? Object.entries(value).filter(([, entry]) => isSchema(entry)) : [];
      // An empty properties map is rejected for OBJECT types; leaving it out means the same.
      if (entries.length) out.properties = Object.fromEntries(entries.map(([name, entry]) => [name, convert(entry as Schema, walk)]));
    } else if (SUPPORTED.has(keyword)) out[keyword] = value;
    else if (keyword !== '$defs' && keyword !== 'definitions') walk.dropped.add(keyword);
  }
  const allowed = typeof out.type === 'string' ? FORMATS[out.type.toLowerCase()] : undefined;
  if (out.format !== undefined && !allowed?.has(String(out.format))) {
    walk.dropped.add(`format "${String(out.format)}"`);
    delete out.format;
  }
  return out;
}

/**
 * Converts a JSON Schema to Gemini's Schema subset. `type: [T, "null"]` becomes `nullable`,
 * `const` and string `enum`s become `enum`, `oneOf` becomes `anyOf`, local `$ref`s into
 * `$defs`/`definitions` are inlined; anything else Gemini lacks (additionalProperties, $schema,
 * allOf, not, patternProperties, exclusiveMinimum, other formats…) is dropped and named in `dropped`.
 */
export function toGeminiSchema(schema: Schema): { schema: Schema; dropped: string[] } {
  const walk: Walk = { root: schema, dropped: new Set(), depth: 0 };
  const converted = convert(schema, walk);
  return { schema: converted, dropped: [...walk.dropped].sort() };
}
