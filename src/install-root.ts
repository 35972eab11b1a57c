import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder WaQtor is installed in, the one holding its package.json. Found upwards from this module
 * rather than by a fixed number of `..`: the gateway runs as compiled modules under build/, as one bundled
 * file there, and from its TypeScript sources, each at a different depth.
 */
function findInstallRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

export const INSTALL_ROOT = findInstallRoot(dirname(fileURLToPath(import.meta.url)));
