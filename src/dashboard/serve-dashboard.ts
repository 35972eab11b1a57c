import { readdir, readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where `npm run build:dashboard` (run by `npm start` and `npm test`) writes the page. */
export const DASHBOARD_DIR = fileURLToPath(new URL('../../dist/dashboard/', import.meta.url));

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
};

/**
 * The page talks to this gateway only; QR codes are data: images. Nothing else may load or frame it, so a
 * key typed into it cannot be read by another origin's script.
 */
const securityHeaders = {
  'content-security-policy':
    "default-src 'self'; connect-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

const notBuilt = `<!doctype html><meta charset="utf-8"><title>WaQtor</title>
<p>The dashboard is not built. Run <code>npm run build:dashboard</code> (npm start does it) and reload.</p>`;

interface Asset {
  file: string;
  type: string;
  /** Vite names bundles by their content hash, so they never change under a name. */
  immutable: boolean;
}

/**
 * Serves the built dashboard: `/` is its page, and the files Vite wrote are served by the names found at
 * start-up, so no request path ever reaches the file system.
 */
export async function createDashboard(dir = DASHBOARD_DIR) {
  const assets = await listAssets(dir);
  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const path = new URL(req.url ?? '/', 'http://gateway').pathname;
    const asset = assets.get(path === '/' ? '/index.html' : path);
    if (path === '/' && !asset) {
      res.writeHead(503, { 'content-type': 'text/html; charset=utf-8', ...securityHeaders }).end(notBuilt);
      return true;
    }
    if (!asset) return false;
    const caching = asset.immutable ? 'public, max-age=31536000, immutable' : 'no-cache';
    res.writeHead(200, { 'content-type': asset.type, 'cache-control': caching, ...securityHeaders });
    res.end(req.method === 'HEAD' ? undefined : await readFile(asset.file));
    return true;
  };
}

async function listAssets(dir: string): Promise<Map<string, Asset>> {
  const assets = new Map<string, Asset>();
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return assets;
    throw error;
  }
  for (const entry of entries) {
    const type = contentTypes[extname(entry.name)];
    if (!entry.isFile() || !type) continue;
    const file = join(entry.parentPath, entry.name);
    const urlPath = `/${relative(dir, file).split(sep).join('/')}`;
    assets.set(urlPath, { file, type, immutable: urlPath.startsWith('/assets/') });
  }
  return assets;
}
