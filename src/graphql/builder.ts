import SchemaBuilder from '@pothos/core';
import ValidationPlugin from '@pothos/plugin-validation';
import { DateTimeResolver, JSONObjectResolver } from 'graphql-scalars';
import { badInput } from '../errors.js';
import type { GraphQLContext } from './context.js';
import NullableRootFieldsPlugin from './nullable-root-fields.js';

/**
 * The builder, its plugins and scalars; nothing else. Each file under types/ registers its own types and
 * root fields, and schema.ts imports them all. Inputs are validated (and transformed) by zod schemas
 * through the validation plugin, so resolvers receive normalised, typed values.
 */
export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  DefaultFieldNullability: false;
  Scalars: { DateTime: { Input: Date; Output: Date }; JSONObject: { Input: Record<string, unknown>; Output: Record<string, unknown> } };
}>({
  plugins: [ValidationPlugin, NullableRootFieldsPlugin],
  defaultFieldNullability: false,
  validation: {
    validationError: (result) => {
      const issues = result.issues.map((issue) => {
        const path = (issue.path ?? []).map((key) => (typeof key === 'object' ? key.key : key)) as (string | number)[];
        return { path, message: withinList(path, issue.message) };
      });
      return badInput([...new Set(issues.map((issue) => issue.message))].join('; '), issues);
    },
  },
});

/**
 * A problem with one entry of a list names the entry (`recipients[1]: chatId is too long…`), unless the
 * message already does: the same words for the fifth recipient and the first would not say which.
 */
function withinList(path: ReadonlyArray<string | number>, message: string): string {
  const last = path.findLastIndex((key) => typeof key === 'number');
  if (last < 0) return message;
  const entry = path
    .slice(path[0] === 'input' ? 1 : 0, last + 1)
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`))
    .join('');
  return message.startsWith(entry) ? message : `${entry}: ${message}`;
}

builder.addScalarType('DateTime', DateTimeResolver);
builder.addScalarType('JSONObject', JSONObjectResolver);
builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});
