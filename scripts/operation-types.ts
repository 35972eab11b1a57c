import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { codegen } from '@graphql-codegen/core';
import * as typedDocumentNode from '@graphql-codegen/typed-document-node';
import * as typescriptOperations from '@graphql-codegen/typescript-operations';
import { buildSchema, parse } from 'graphql';

/**
 * Typed documents: for the operations under schema/operations, which the tests (and users) run, and for
 * the dashboard's own, as plain strings so the page ships no GraphQL parser. Made by the code generator's
 * core and its two plugins, without its command line, whose loaders (URLs, git, GitHub) want a newer Node
 * than the gateway's and none of which read local files any better.
 */
const outputs = [
  {
    filename: 'test/generated/graphql.ts',
    documents: 'schema/operations',
    config: { scalars: { DateTime: 'string' }, enumsAsTypes: true, useTypeImports: true, avoidOptionals: false },
  },
  {
    filename: 'dashboard/src/generated/graphql.ts',
    documents: 'dashboard/src/operations.graphql',
    config: {
      scalars: { DateTime: 'string', JSONObject: 'Record<string, unknown>' },
      enumsAsTypes: true,
      useTypeImports: true,
      documentMode: 'string',
    },
  },
];

/** Each generated file's name and what it should hold, from schema/schema.graphql and the operations. */
export async function operationTypes(): Promise<Array<{ filename: string; content: string }>> {
  const sdl = await readFile('schema/schema.graphql', 'utf8');
  const schema = parse(sdl);
  const schemaAst = buildSchema(sdl);
  return Promise.all(
    outputs.map(async ({ filename, documents, config }) => ({
      filename,
      content: await codegen({
        filename,
        schema,
        schemaAst,
        documents: await Promise.all(
          (await graphqlFiles(documents)).map(async (location) => ({ location, document: parse(await readFile(location, 'utf8')) })),
        ),
        config,
        plugins: [{ 'typescript-operations': {} }, { 'typed-document-node': {} }],
        pluginMap: { 'typescript-operations': typescriptOperations, 'typed-document-node': typedDocumentNode },
      }),
    })),
  );
}

/** The file, or the .graphql files of the folder in name order. */
async function graphqlFiles(path: string): Promise<string[]> {
  if (!(await stat(path)).isDirectory()) return [path];
  return (await readdir(path))
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => join(path, name));
}
