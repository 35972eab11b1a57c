import { GraphQLString, isInputObjectType, isListType, isNonNullType, type GraphQLInputType } from 'graphql';

/**
 * Fits a JSON body to the GraphQL input type it feeds, the way a REST client expects a JSON API to read
 * it: fields the type does not know are ignored rather than refused, and a number where text is expected
 * (a phone number written without quotes) is read as its digits. Anything else is left for the schema to
 * judge, so the error a client gets is the schema's.
 */
export function jsonToInput(value: unknown, type: GraphQLInputType): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (value === null || value === undefined) return value;
  if (isListType(inner)) return Array.isArray(value) ? value.map((item) => jsonToInput(item, inner.ofType)) : value;
  if (isInputObjectType(inner)) {
    if (typeof value !== 'object' || Array.isArray(value)) return value;
    const fields = inner.getFields();
    return Object.fromEntries(
      Object.entries(value)
        .filter(([name]) => name in fields)
        .map(([name, field]) => [name, jsonToInput(field, fields[name]!.type)]),
    );
  }
  if (inner === GraphQLString && typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  return value;
}
