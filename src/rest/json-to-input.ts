import { GraphQLString, isEnumType, isInputObjectType, isListType, isNonNullType, type GraphQLInputType } from 'graphql';

/**
 * The fields where a JSON integer is read as its digits: a phone number is the one value clients commonly
 * write without quotes, and its digits are exactly what was meant. Anywhere else text is documented, a
 * number is refused (by the schema), as the OpenAPI document says.
 */
export const DIGITS_AS_TEXT_FIELDS: ReadonlySet<string> = new Set(['phone']);

/** A JSON body whose shape differs from the document's in a way the schema would silently accept. */
export class InputShapeError extends Error {}

/**
 * Fits a JSON body to the GraphQL input type it feeds, the way a REST client expects a JSON API to read
 * it: fields the type does not know are ignored rather than refused, and a phone number written as a JSON
 * integer is read as its digits. A single value where a list is documented is refused here, since the
 * schema would take it as a list of one; a value an enum lacks is refused naming the values it takes,
 * in the words the other inputs use. Anything else is left for the schema to judge, so the error a
 * client gets is the schema's.
 */
export function jsonToInput(value: unknown, type: GraphQLInputType, path = ''): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (value === null || value === undefined) return value;
  if (isListType(inner)) {
    if (!Array.isArray(value)) throw new InputShapeError(`${path || 'The value'} must be a list (a JSON array), not a single value`);
    return value.map((item, index) => jsonToInput(item, inner.ofType, `${path}[${index}]`));
  }
  if (isInputObjectType(inner)) {
    if (typeof value !== 'object' || Array.isArray(value)) return value;
    const fields = inner.getFields();
    return Object.fromEntries(
      Object.entries(value)
        .filter(([name]) => name in fields)
        .map(([name, field]) => [name, jsonToInput(field, fields[name]!.type, path ? `${path}.${name}` : name)]),
    );
  }
  if (isEnumType(inner)) {
    const names = inner.getValues().map(({ name }) => name);
    if (typeof value !== 'string' || !names.includes(value)) throw new InputShapeError(`${path} must be one of ${names.join(', ')}`);
    return value;
  }
  const field = path.slice(path.lastIndexOf('.') + 1);
  if (inner === GraphQLString && typeof value === 'number' && Number.isSafeInteger(value) && DIGITS_AS_TEXT_FIELDS.has(field))
    return String(value);
  return value;
}
