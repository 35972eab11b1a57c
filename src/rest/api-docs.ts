import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

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
export function createApiDocs(openApiJson: string) {
  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const path = new URL(req.url ?? '/', 'http://gateway').pathname;
    if (path === '/api/openapi.json') {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(openApiJson);
      return true;
    }
    if (path === '/api/docs' || path === '/api/docs/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
      return true;
    }
    const asset = path.startsWith('/api/docs/') ? path.slice('/api/docs/'.length) : undefined;
    const type = asset === undefined ? undefined : assets[asset];
    if (asset === undefined || type === undefined) return false;
    res.writeHead(200, { 'content-type': type, 'cache-control': 'public, max-age=86400' }).end(await readFile(join(swaggerUiDir, asset)));
    return true;
  };
}
