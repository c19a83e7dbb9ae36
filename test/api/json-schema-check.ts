import { isIsoDate } from '../../src/domain/dates.js';

type Schema = Record<string, unknown>;

/** Keywords that only annotate; they never make a value invalid. */
const ANNOTATIONS = new Set([
  'description',
  'examples',
  'default',
  'title',
  'deprecated',
  'readOnly',
  '$schema',
  '$id',
]);
const CHECKED = new Set([
  '$ref',
  'anyOf',
  'type',
  'enum',
  'const',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'items',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
]);

const FORMATS: Record<string, (text: string) => boolean> = {
  date: isIsoDate,
  'date-time': (text) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(text),
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function hasType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

/**
 * A small JSON Schema (2020-12) checker for exactly the keywords zod emits here, so the
 * test needs no new dependency. It refuses keywords it does not know rather than skip them,
 * so a schema it cannot judge fails loudly instead of passing silently.
 * @example schemaErrors({ amount: 1 }, { $ref: '#/components/schemas/Money' }, components) // ['$.amount: …']
 */
export function schemaErrors(value: unknown, schema: Schema, components: Record<string, Schema>, path = '$'): string[] {
  for (const keyword of Object.keys(schema)) {
    if (!ANNOTATIONS.has(keyword) && !CHECKED.has(keyword)) throw new Error(`Unchecked keyword ${keyword} at ${path}`);
  }
  const errors: string[] = [];
  const fail = (message: string) => errors.push(`${path}: ${message}`);

  if (typeof schema.$ref === 'string') {
    const id = schema.$ref.replace('#/components/schemas/', '');
    const target = components[id];
    if (!target) return [`${path}: unresolved ${schema.$ref}`];
    errors.push(...schemaErrors(value, target, components, path));
  }
  if (Array.isArray(schema.anyOf)) {
    const branches = schema.anyOf as Schema[];
    if (!branches.some((branch) => schemaErrors(value, branch, components, path).length === 0)) {
      fail(`matches no branch of anyOf: ${JSON.stringify(value)?.slice(0, 80)}`);
    }
  }
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    if (!types.some((type) => hasType(value, type)))
      return [...errors, `${path}: expected ${types.join('|')}, got ${typeOf(value)}`];
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) fail(`${JSON.stringify(value)} is not in the enum`);
  if ('const' in schema && schema.const !== value) fail(`expected ${JSON.stringify(schema.const)}`);

  if (typeof value === 'string') {
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value))
      fail(`"${value}" breaks the pattern`);
    if (typeof schema.format === 'string') {
      const check = FORMATS[schema.format];
      if (!check) throw new Error(`Unchecked format ${schema.format} at ${path}`);
      if (!check(value)) fail(`"${value}" is not a ${schema.format}`);
    }
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) fail('too short');
    if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) fail('too long');
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) fail(`${value} < ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) fail(`${value} > ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) fail('too few items');
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) fail('too many items');
    if (schema.items) {
      value.forEach((item, index) => {
        errors.push(...schemaErrors(item, schema.items as Schema, components, `${path}[${index}]`));
      });
    }
  }
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const name of (schema.required ?? []) as string[]) if (!(name in object)) fail(`missing ${name}`);
    for (const [name, item] of Object.entries(object)) {
      if (schema.propertyNames)
        errors.push(...schemaErrors(name, schema.propertyNames as Schema, components, `${path}{${name}}`));
      const property = properties[name];
      if (property) errors.push(...schemaErrors(item, property, components, `${path}.${name}`));
      else if (schema.additionalProperties === false) fail(`unexpected property ${name}`);
      else if (typeof schema.additionalProperties === 'object') {
        errors.push(...schemaErrors(item, schema.additionalProperties as Schema, components, `${path}.${name}`));
      }
    }
  }
  return errors;
}
