import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Endpoint } from '../http/endpoint.js';
import { staticAsset } from '../http/static-asset.js';

const require = createRequire(import.meta.url);
const swaggerUiDir = dirname(require.resolve('swagger-ui-dist/package.json'));
const swaggerUiVersion = (require('swagger-ui-dist/package.json') as { version: string }).version;

/** The only files of swagger-ui-dist the page loads; nothing else under /api/docs/ is served. */
const assets: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
};

// The files' names carry swagger-ui's version, so a browser keeps them for good and an upgrade is fetched
// anew. Operations and models start folded: drawing every one of them is what made the page slow to open.
const page = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>WaQtor REST API</title>
  <link rel="icon" href="/favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="/api/docs/swagger-ui.css?v=${swaggerUiVersion}">
</head>
<body>
  <div id="docs"></div>
  <script src="/api/docs/swagger-ui-bundle.js?v=${swaggerUiVersion}"></script>
  <script>
    // "Authorize" takes the API key; it stays in this page and is sent only to this gateway.
    window.ui = SwaggerUIBundle({
      url: '/api/openapi.json',
      dom_id: '#docs',
      deepLinking: true,
      docExpansion: 'none',
      defaultModelsExpandDepth: -1,
      filter: true,
    });
  </script>
</body>
</html>
`;

/**
 * The contract, readable without a key: the OpenAPI document at /api/openapi.json and a page that renders
 * it (swagger-ui, served from the installed package, so it works offline) at /api/docs. The document is
 * built on its first request, not at every start.
 */
export function apiDocsEndpoints(openApiJson: () => string): Endpoint[] {
  const html = 'text/html; charset=utf-8';
  return [
    staticAsset({
      path: '/api/openapi.json',
      type: 'application/json; charset=utf-8',
      load: async () => openApiJson(),
      caching: 'revalidate',
    }),
    staticAsset({ path: '/api/docs', type: html, load: async () => page, caching: 'revalidate' }),
    staticAsset({ path: '/api/docs/', type: html, load: async () => page, caching: 'revalidate' }),
    ...Object.entries(assets).map(([asset, type]) =>
      staticAsset({ path: `/api/docs/${asset}`, type, load: () => readFile(join(swaggerUiDir, asset)), caching: 'immutable' }),
    ),
  ];
}
