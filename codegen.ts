import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed documents for the operations under schema/operations, which the tests (and users) run. */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: 'schema/operations/*.graphql',
  generates: {
    'test/generated/graphql.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: { scalars: { DateTime: 'string' }, enumsAsTypes: true, useTypeImports: true, avoidOptionals: false },
    },
  },
  silent: true,
};

export default config;
