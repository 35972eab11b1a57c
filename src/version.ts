import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { INSTALL_ROOT } from './install-root.js';

export interface VersionInfo {
  waqtor: string;
  upstream: string;
  upstreamAuthor: string;
}

interface PackageJson {
  version: string;
  repository?: string | { url?: string };
}

const require = createRequire(import.meta.url);
const readPackage = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as PackageJson;

/** Our version and the installed whatsapp-web.js's, read from the packages themselves. */
export function readVersionInfo(): VersionInfo {
  const own = readPackage(join(INSTALL_ROOT, 'package.json'));
  const upstream = readPackage(require.resolve('whatsapp-web.js/package.json'));
  const repository = typeof upstream.repository === 'string' ? upstream.repository : (upstream.repository?.url ?? '');
  return {
    waqtor: own.version,
    upstream: upstream.version,
    upstreamAuthor: repository.match(/github\.com[/:]([^/]+)\//)?.[1] ?? 'unknown',
  };
}
