import openapiTS, { astToString } from 'openapi-typescript';

/** The TypeScript `paths` of an OpenAPI document, for the openapi-fetch client. */
export async function openApiTypes(document: string): Promise<string> {
  const header = '/** Generated from schema/openapi.json by `npm run generate`; do not edit. */\n\n';
  return header + astToString(await openapiTS(document));
}
