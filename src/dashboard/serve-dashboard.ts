import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { READS, type Endpoint } from '../http/endpoint.js';
import { staticAsset } from '../http/static-asset.js';
import { INSTALL_ROOT } from '../install-root.js';

/** Where `npm run build:dashboard` (run by `npm start` and `npm test`) writes the page. */
export const DASHBOARD_DIR = join(INSTALL_ROOT, 'dist', 'dashboard');

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
 * Serves the built dashboard: `/` is its page, and the files Vite wrote are endpoints by the names found
 * at start-up, so no request path ever reaches the file system.
 */
export async function dashboardEndpoints(dir = DASHBOARD_DIR): Promise<Endpoint[]> {
  const assets = await listAssets(dir);
  const endpoint = (path: string, { file, type, immutable }: Asset, label?: string) =>
    staticAsset({
      path,
      type,
      load: () => readFile(file),
      caching: immutable ? 'immutable' : 'revalidate',
      headers: securityHeaders,
      ...(label && { label }),
    });
  const index = assets.get('/index.html');
  const notBuiltPage: Endpoint = {
    methods: READS,
    path: '/',
    handle: async ({ res }) => void res.writeHead(503, { 'content-type': 'text/html; charset=utf-8', ...securityHeaders }).end(notBuilt),
  };
  return [
    index ? endpoint('/', index) : notBuiltPage,
    // Each build names its bundles anew: one label for all of them keeps the metrics' series few.
    ...[...assets].map(([path, asset]) => endpoint(path, asset, asset.immutable ? '/assets/*' : undefined)),
  ];
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
