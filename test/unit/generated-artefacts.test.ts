import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { printedSchema, schema } from '../../src/graphql/schema.js';
import { printedOpenApiDocument } from '../../src/rest/openapi.js';
import { restRoutes } from '../../src/rest/routes/index.js';
import { readVersionInfo } from '../../src/version.js';
import { openApiTypes } from '../../scripts/openapi-types.js';
import { operationTypes } from '../../scripts/operation-types.js';

const FIX = 'run `npm run generate` and commit the result';

describe('generated artefacts are committed and current', () => {
  it(`schema/schema.graphql matches the code-first schema (${FIX})`, async () => {
    expect(await readFile('schema/schema.graphql', 'utf8')).toBe(printedSchema());
  });

  it(`test/generated/graphql.ts and the dashboard's typed operations match the operations and the schema (${FIX})`, async () => {
    const outputs = await operationTypes();
    expect(outputs.map((output) => output.filename).sort()).toEqual(['dashboard/src/generated/graphql.ts', 'test/generated/graphql.ts']);
    for (const output of outputs) expect(await readFile(output.filename, 'utf8'), output.filename).toBe(output.content);
  });

  it(`schema/openapi.json matches the route table and the schema (${FIX})`, async () => {
    expect(await readFile('schema/openapi.json', 'utf8')).toBe(printedOpenApiDocument(restRoutes, schema, readVersionInfo().waqtor));
  });

  it(`the REST client's types match schema/openapi.json (${FIX})`, async () => {
    expect(await readFile('src/client/openapi-types.ts', 'utf8')).toBe(await openApiTypes(await readFile('schema/openapi.json', 'utf8')));
  });
});
