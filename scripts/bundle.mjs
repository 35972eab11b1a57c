/**
 * Bundles the compiled gateway (build/, written by tsc) into one CommonJS file, build/bundle/gateway.cjs,
 * which build/launch.js runs with V8's code cache. Node then reads one file instead of resolving hundreds
 * and parsing each CommonJS package twice (once to find its exports for an ESM import), which was most of
 * a start. What only some configurations use (the real driver, the brokers, the migrations) is in the file
 * but runs on first use.
 *
 * Left outside: packages that load native code (libsql) or find their own files at run time (pino's
 * transports, puppeteer, swagger-ui-dist, GraphiQL), what only some configurations load (the real driver,
 * the cluster's Redis, the brokers, PostgreSQL's client), and the database drivers knex can name but
 * WaQtor does not install.
 */
import { build } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const external = [
  'libsql',
  '@libsql/*',
  'pg',
  'pg-*',
  'pino',
  'pino-*',
  'thread-stream',
  'whatsapp-web.js',
  'unzipper',
  'puppeteer',
  'puppeteer-*',
  'ioredis',
  '@graphql-yoga/redis-event-target',
  'amqplib',
  'nats',
  'mqtt',
  'qrcode',
  'swagger-ui-dist',
  '@graphql-yoga/render-graphiql',
  'better-sqlite3',
  'sqlite3',
  'mariadb',
  'mysql',
  'mysql2',
  'oracledb',
  'tedious',
];

// The last build's code cache goes with it: V8 tells a source it cached only by its length.
await rm(`${root}build/bundle`, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: ['build/main.js'],
  outfile: 'build/bundle/gateway.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external,
  // A script V8 runs from its code cache has lost the callback that resolves `import()` (Node 20): every
  // dynamic import is written as a require instead, which is how each package left outside that is loaded
  // on first use (qrcode, GraphiQL's build) is loaded here too.
  supported: { 'dynamic-import': false },
  // The gateway's own modules find the files beside them (the dashboard, package.json) from their URL.
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  // MikroORM compares its packages' versions by reading package.json files beside its modules, which a
  // bundle has moved; the lockfile pins them to one release.
  define: { 'import.meta.url': '__bundleUrl', 'process.env.MIKRO_ORM_ALLOW_VERSION_MISMATCH': '"1"' },
  sourcemap: 'linked',
  legalComments: 'none',
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});

// V8 holds a source with a single character beyond Latin-1 as two bytes a character: the 6 MB bundle
// would take 12 MB of every gateway's memory. esbuild escapes such characters except in regular
// expressions, which must spell them as \u escapes.
const source = await readFile(`${root}build/bundle/gateway.cjs`, 'latin1');
const wide = source.search(/[\u0080-\uffff]/);
if (wide !== -1) {
  throw new Error(
    `build/bundle/gateway.cjs holds a character beyond ASCII (escape it as \\u…): …${source.slice(Math.max(0, wide - 60), wide + 20)}…`,
  );
}
