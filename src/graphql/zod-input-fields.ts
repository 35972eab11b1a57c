import type { InputFieldBuilder, InputFieldRef, SchemaTypes } from '@pothos/core';
import type { z } from 'zod';

/**
 * The GraphQL fields of an input, read from the zod schema that validates it, so each input is written
 * once: a field added to the schema appears in the GraphQL type, and so in the REST body (which the type
 * filters) and the OpenAPI document (which the schema describes). Every field is nullable in GraphQL:
 * the schema says what is required, in the same words at every door. A description comes from the
 * schema's `.describe()`.
 *
 * A scalar, a list of scalars and a JSON object map by themselves; a nested object or an enum needs the
 * GraphQL type it is shown as, given in `types`.
 */
export function zodInputFields<Types extends SchemaTypes>(
  t: InputFieldBuilder<Types, 'InputObject'>,
  schema: z.ZodType,
  types: Record<string, InputTypeParam> = {},
): Record<string, InputFieldRef<Types, unknown>> {
  const shape = objectShape(schema);
  for (const name of Object.keys(types))
    if (!(name in shape)) throw new Error(`zodInputFields: ${name} is not a field of the schema it was given a type for`);
  return Object.fromEntries(
    Object.entries(shape).map(([name, field]) => {
      const type = types[name] ?? graphqlTypeOf(field, name);
      const description = describedBy(field);
      return [
        name,
        t.field({
          type: type as never,
          required: Array.isArray(type) ? { list: false, items: true } : false,
          ...(description && { description }),
        } as never) as InputFieldRef<Types, unknown>,
      ];
    }),
  );
}

/** The type a field is shown as: a scalar's name, an input or enum type's ref, or a list of one. */
type InputTypeParam = string | object | [string | object];

type Def = z.core.$ZodTypeDef & {
  innerType?: z.core.$ZodType;
  in?: z.core.$ZodType;
  element?: z.core.$ZodType;
  options?: z.core.$ZodType[];
  values?: unknown[];
  shape?: Record<string, z.core.$ZodType>;
};

const defOf = (schema: z.core.$ZodType): Def => schema._zod.def as Def;

/** What a value is before it is made optional, nullable, defaulted or transformed. */
function unwrapped(schema: z.core.$ZodType): z.core.$ZodType {
  const def = defOf(schema);
  const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
  return inner ? unwrapped(inner) : schema;
}

function objectShape(schema: z.core.$ZodType): Record<string, z.core.$ZodType> {
  const object = unwrapped(schema);
  const { shape } = defOf(object);
  if (defOf(object).type !== 'object' || !shape) throw new Error('zodInputFields: the schema is not an object');
  return shape;
}

function graphqlTypeOf(field: z.core.$ZodType, name: string): InputTypeParam {
  const value = unwrapped(field);
  const def = defOf(value);
  if (def.type === 'array') {
    const element = graphqlTypeOf(def.element!, name);
    if (Array.isArray(element)) throw new Error(`zodInputFields: ${name} is a list of lists`);
    return [element];
  }
  if (def.type === 'record') return 'JSONObject';
  const scalar = scalarOf(value);
  if (!scalar) throw new Error(`zodInputFields: give ${name} its GraphQL type (a ${def.type} does not map by itself)`);
  return scalar;
}

function scalarOf(value: z.core.$ZodType): string | undefined {
  const def = defOf(value);
  switch (def.type) {
    case 'string':
      return 'String';
    case 'boolean':
      return 'Boolean';
    case 'number':
      return String(value._zod.bag.format ?? '').includes('int') ? 'Int' : 'Float';
    case 'literal':
      return sameScalar(def.values!.map((literal) => typeof literal));
    case 'enum':
      return 'String';
    case 'union':
      return sameScalar(def.options!.map((option) => scalarOf(unwrapped(option))));
    default:
      return undefined;
  }
}

/** The one scalar every member maps to (`"*"` or a session's name is a String), if there is one. */
function sameScalar(members: Array<string | undefined>): string | undefined {
  const scalars = new Set(members.map((member) => ({ string: 'String', number: 'Float', boolean: 'Boolean' })[member!] ?? member));
  return scalars.size === 1 ? [...scalars][0] : undefined;
}

/** The first description met going from the field in to its value. */
function describedBy(field: z.core.$ZodType): string | undefined {
  const own = (field as z.ZodType).description;
  if (own) return own;
  const def = defOf(field);
  const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
  return inner ? describedBy(inner) : undefined;
}
