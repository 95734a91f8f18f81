// A structural check of JSON values against the subset of JSON Schema 2020-12 that
// src/server/admin-openapi-schemas.ts uses: $ref (local), type, const, enum, properties, required,
// additionalProperties, items, anyOf, allOf. Enough to catch a renamed, missing or extra member
// or a wrong type; formats, patterns and bounds are not checked.

type Schema = Record<string, any>;

const typeOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value === 'number' && Number.isInteger(value) ? 'integer' : typeof value;

/** Problems of `value` against `schema`, as `path: message` lines; empty when it conforms. */
export function schemaProblems(value: unknown, schema: Schema, root: Schema, path = '$'): string[] {
  if (schema.$ref) {
    const target = String(schema.$ref).replace(/^#\//, '').split('/').reduce((node: any, key) => node?.[key], root);
    if (!target) return [`${path}: unresolved ${schema.$ref}`];
    return schemaProblems(value, target, root, path);
  }
  if (schema.anyOf && !schema.anyOf.some((option: Schema) => schemaProblems(value, option, root, path).length === 0)) {
    return [`${path}: matches none of anyOf (${JSON.stringify(value)?.slice(0, 80)})`];
  }
  const problems: string[] = (schema.allOf ?? []).flatMap((part: Schema) => schemaProblems(value, part, root, path));
  if (schema.type !== undefined) {
    const allowed: string[] = Array.isArray(schema.type) ? schema.type : [schema.type];
    const actual = typeOf(value);
    if (!allowed.includes(actual) && !(actual === 'integer' && allowed.includes('number'))) return [...problems, `${path}: ${actual}, expected ${allowed.join(' or ')}`];
  }
  if ('const' in schema && value !== schema.const) problems.push(`${path}: ${JSON.stringify(value)}, expected ${JSON.stringify(schema.const)}`);
  if (schema.enum && !schema.enum.includes(value)) problems.push(`${path}: ${JSON.stringify(value)} not in ${schema.enum.join(', ')}`);
  if (Array.isArray(value) && schema.items) value.forEach((item, index) => problems.push(...schemaProblems(item, schema.items, root, `${path}[${index}]`)));
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    const properties: Record<string, Schema> = schema.properties ?? {};
    for (const name of schema.required ?? []) if (!Object.hasOwn(object, name)) problems.push(`${path}: missing member '${name}'`);
    for (const [name, member] of Object.entries(object)) {
      if (Object.hasOwn(properties, name)) problems.push(...schemaProblems(member, properties[name], root, `${path}.${name}`));
      else if (schema.additionalProperties === false) problems.push(`${path}: undocumented member '${name}'`);
      else if (typeof schema.additionalProperties === 'object') problems.push(...schemaProblems(member, schema.additionalProperties, root, `${path}.${name}`));
    }
  }
  return problems;
}
