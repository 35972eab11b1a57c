import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { READS, type Endpoint } from '../http/endpoint.js';

const require = createRequire(import.meta.url);
const swaggerUiDir = dirname(require.resolve('swagger-ui-dist/package.json'));

/** The only files of swagger-ui-dist the page loads; nothing else under /api/docs/ is served. */
const assets: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
};

const page = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>WaQtor REST API</title>
  <link rel="stylesheet" href="/api/docs/swagger-ui.css">
</head>
<body>
  <div id="docs"></div>
  <script src="/api/docs/swagger-ui-bundle.js"></script>
  <script>
    // "Authorize" takes the API key; it stays in this page and is sent only to this gateway.
    window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#docs', deepLinking: true });
  </script>
</body>
</html>
`;

/**
 * The contract, readable without a key: the OpenAPI document at /api/openapi.json and a page that renders
 * it (swagger-ui, served from the installed package, so it works offline) at /api/docs.
 */
export function apiDocsEndpoints(openApiJson: string): Endpoint[] {
  const text = (path: string, type: string, body: string): Endpoint => ({
    methods: READS,
    path,
    handle: async ({ res }) => void res.writeHead(200, { 'content-type': type }).end(body),
  });
  return [
    text('/api/openapi.json', 'application/json; charset=utf-8', openApiJson),
    text('/api/docs', 'text/html; charset=utf-8', page),
    text('/api/docs/', 'text/html; charset=utf-8', page),
    ...Object.entries(assets).map(([asset, type]): Endpoint => ({
      methods: READS,
      path: `/api/docs/${asset}`,
      handle: async ({ res }) =>
        void res
          .writeHead(200, { 'content-type': type, 'cache-control': 'public, max-age=86400' })
          .end(await readFile(join(swaggerUiDir, asset))),
    })),
  ];
}
