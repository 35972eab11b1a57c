/**
 * Writes the generated contract artefacts: schema/schema.graphql (printed SDL), schema/openapi.json (the
 * REST door), the REST client's types and the typed operations of the tests and the dashboard. `npm test`
 * fails when any of them differs from the source.
 */
import { writeFileSync } from 'node:fs';
import { printedSchema, schema } from '../src/graphql/schema.js';
import { printedOpenApiDocument } from '../src/rest/openapi.js';
import { restRoutes } from '../src/rest/routes/index.js';
import { readVersionInfo } from '../src/version.js';
import { openApiTypes } from './openapi-types.js';
import { operationTypes } from './operation-types.js';

writeFileSync('schema/schema.graphql', printedSchema());
const openApi = printedOpenApiDocument(restRoutes, schema, readVersionInfo().waqtor);
writeFileSync('schema/openapi.json', openApi);
writeFileSync('src/client/openapi-types.ts', await openApiTypes(openApi));
const operations = await operationTypes();
for (const { filename, content } of operations) writeFileSync(filename, content);
console.log(
  `wrote schema/schema.graphql, schema/openapi.json, src/client/openapi-types.ts, ${operations.map((o) => o.filename).join(', ')}`,
);
