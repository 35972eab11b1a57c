import fc from 'fast-check';
import {
  getNamedType,
  GraphQLBoolean,
  GraphQLFloat,
  GraphQLID,
  GraphQLInt,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLInputType,
} from 'graphql';

export type JsonSchema = {
  type?: string | string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
};

/**
 * Values a gateway knows, by the name of the field or parameter that carries them, so generated inputs
 * reach past "no such thing" often enough to exercise the operations themselves.
 */
export type KnownValues = Record<string, string[]>;

const plausibleText = ['hello', 'Hi {{name}}', '966501234567', '966501234567@c.us', 'default', 'https://example.invalid/a.png', '👍', ''];

/** A string, sometimes one the gateway knows for this field, within the bounds the document gives. */
function text(known: KnownValues, field: string, min = 0, max = 40): fc.Arbitrary<string> {
  const fits = (value: string) => value.length >= min && value.length <= max;
  const ownValues = (known[field] ?? []).filter(fits);
  const plausible = plausibleText.filter(fits);
  const random = fc.string({ minLength: min, maxLength: Math.max(min, Math.min(max, 40)) });
  return fc.oneof(
    ...(ownValues.length > 0 ? [{ weight: 6, arbitrary: fc.constantFrom(...ownValues) }] : []),
    ...(plausible.length > 0 ? [{ weight: 2, arbitrary: fc.constantFrom(...plausible) }] : []),
    { weight: 1, arbitrary: random },
  );
}

/** Inputs a JSON Schema (as the OpenAPI document gives a request body) admits. */
export function fromJsonSchema(schema: JsonSchema, known: KnownValues, field = '', depth = 0): fc.Arbitrary<unknown> {
  if ('const' in schema) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return fc.oneof(...variants.map((variant) => fromJsonSchema(variant, known, field, depth)));
  if (Array.isArray(schema.type)) return fc.oneof(...schema.type.map((type) => fromJsonSchema({ ...schema, type }, known, field, depth)));
  switch (schema.type) {
    case 'string':
      return text(known, field, schema.minLength, schema.maxLength);
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -5, max: Math.min(schema.maximum ?? 1_000, 1_000_000) });
    case 'number':
      return fc.double({ min: schema.minimum ?? -90, max: schema.maximum ?? 180, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(depth > 3 ? fc.constant('x') : fromJsonSchema(schema.items ?? {}, known, field, depth + 1), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 4, 4),
      });
    case 'object': {
      const properties = schema.properties ?? {};
      return fc.record(
        Object.fromEntries(Object.entries(properties).map(([name, property]) => [name, fromJsonSchema(property, known, name, depth + 1)])),
        { requiredKeys: schema.required?.filter((name) => name in properties) ?? [] },
      );
    }
    default:
      return fc.jsonValue({ maxDepth: 1 });
  }
}

/** Variables a GraphQL input type admits: its own values, and null now and then where it is nullable. */
export function fromGraphQLType(type: GraphQLInputType, known: KnownValues, field: string, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return givenValue(type.ofType, known, field, depth);
  return fc.option(givenValue(type, known, field, depth), { nil: null, freq: 5 });
}

function givenValue(type: GraphQLInputType, known: KnownValues, field: string, depth: number): fc.Arbitrary<unknown> {
  if (isListType(type)) return fc.array(fromGraphQLType(type.ofType, known, field, depth + 1), { maxLength: 3 });
  if (isInputObjectType(type)) {
    if (depth > 3) return fc.constant({});
    const fields = Object.values(type.getFields());
    return fc.record(Object.fromEntries(fields.map((f) => [f.name, fromGraphQLType(f.type, known, f.name, depth + 1)])), {
      requiredKeys: fields.filter((f) => isNonNullType(f.type) && f.defaultValue === undefined).map((f) => f.name),
    });
  }
  const named = getNamedType(type);
  if (isEnumType(named)) return fc.constantFrom(...named.getValues().map((value) => value.value as unknown));
  if (named === GraphQLInt) return fc.integer({ min: -5, max: 1_000 });
  if (named === GraphQLFloat) return fc.double({ min: -90, max: 180, noNaN: true });
  if (named === GraphQLBoolean) return fc.boolean();
  if (named === GraphQLID) return text(known, field === '' ? 'id' : field);
  if (named.name === 'DateTime') return fc.constantFrom('2099-01-01T09:00:00Z', '2020-01-01T00:00:00Z', 'not a date');
  return text(known, field);
}

/** What an attacker puts where a value goes: wrong types, huge, empty and NUL-bearing strings, extreme numbers. */
export const hostileValue: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  12345,
  -1,
  2 ** 53 + 1,
  1e308,
  -0,
  true,
  [],
  {},
  null,
  ['a', 'b'],
  { nested: { deeper: [1] } },
  '',
  ' ',
  'a\u0000b',
  '\u0000',
  'x'.repeat(100_000),
  '😀'.repeat(30_000),
  '../../etc/passwd',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '\u202e\ufeff',
);

/** A valid value with one thing changed as an attacker would: a field dropped, retyped, made huge, or one added. */
export function mutated(value: unknown): fc.Arbitrary<unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return hostileValue;
  const keys = Object.keys(value);
  const options: Array<fc.Arbitrary<unknown>> = [
    hostileValue.map((hostile) => ({ ...value, extra: hostile })),
    hostileValue,
    fc.constantFrom<unknown>([value], 'not an object', 42),
  ];
  if (keys.length > 0) {
    options.push(
      fc.tuple(fc.constantFrom(...keys), hostileValue).map(([key, hostile]) => ({ ...value, [key]: hostile })),
      fc.constantFrom(...keys).map((key) => Object.fromEntries(Object.entries(value).filter(([name]) => name !== key))),
    );
  }
  return fc.oneof(...options);
}
