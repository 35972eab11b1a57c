import { readFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { createRequire, Module } from 'node:module';
import { join } from 'node:path';
import { constants, Script } from 'node:vm';

/**
 * Runs the bundled gateway (`build/bundle/gateway.cjs`, written by `npm run build`) as `npm start` and the
 * container do, with V8's compiled code kept beside it. Parsing and compiling the bundle was the largest
 * part of a start left, and Node 20 caches compiled code for no module on its own: this does it for the
 * one file that matters, the way Node's CommonJS loader would run it.
 */

/** Long enough for a start to have compiled what every start needs. */
const CACHE_AFTER_MS = 3_000;

const file = join(import.meta.dirname, 'bundle', 'gateway.cjs');
const cacheFile = `${file}.v8-cache`;

function readCache(): Buffer | undefined {
  try {
    return readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

const cachedData = readCache();
const script = new Script(Module.wrap(readFileSync(file, 'utf8')), {
  filename: file,
  cachedData,
  importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
});

// A missing cache, or one V8 refused (another Node, another build), is written anew once the gateway has
// run a while; a read-only install (a container's) simply starts without one.
if (cachedData === undefined || script.cachedDataRejected === true) {
  setTimeout(() => {
    const written = `${cacheFile}.${process.pid}`;
    // Renamed into place, so a gateway starting meanwhile never reads half a cache.
    writeFile(written, script.createCachedData())
      .then(() => rename(written, cacheFile))
      .catch(() => undefined);
  }, CACHE_AFTER_MS).unref();
}

const module = { exports: {} };
(script.runInThisContext() as (...args: unknown[]) => void).call(
  module.exports,
  module.exports,
  createRequire(file),
  module,
  file,
  join(import.meta.dirname, 'bundle'),
);
