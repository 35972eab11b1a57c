import SchemaBuilder from '@pothos/core';
import ValidationPlugin from '@pothos/plugin-validation';
import { DateTimeResolver, JSONObjectResolver } from 'graphql-scalars';
import { badInput } from '../errors.js';
import type { GraphQLContext } from './context.js';

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
  plugins: [ValidationPlugin],
  defaultFieldNullability: false,
  validation: {
    validationError: (result) =>
      badInput(
        [...new Set(result.issues.map((issue) => issue.message))].join('; '),
        result.issues.map((issue) => ({
          path: (issue.path ?? []).map((key) => (typeof key === 'object' ? key.key : key)) as (string | number)[],
          message: issue.message,
        })),
      ),
  },
});

builder.addScalarType('DateTime', DateTimeResolver);
builder.addScalarType('JSONObject', JSONObjectResolver);
builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});
