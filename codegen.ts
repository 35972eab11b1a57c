import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents: for the operations under schema/operations, which the tests (and users) run, and for
 * the dashboard's own, as plain strings so the page ships no GraphQL parser.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  generates: {
    'test/generated/graphql.ts': {
      documents: 'schema/operations/*.graphql',
      plugins: ['typescript-operations', 'typed-document-node'],
      config: { scalars: { DateTime: 'string' }, enumsAsTypes: true, useTypeImports: true, avoidOptionals: false },
    },
    'dashboard/src/generated/graphql.ts': {
      documents: 'dashboard/src/operations.graphql',
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        scalars: { DateTime: 'string', JSONObject: 'Record<string, unknown>' },
        enumsAsTypes: true,
        useTypeImports: true,
        documentMode: 'string',
      },
    },
  },
  silent: true,
};

export default config;
