/**
 * `npm start`: the gateway as one bundled file, in this process. The gateway (tsc, then its bundle) and
 * the dashboard (vite) are built first only when their sources are newer than their last build, so every
 * start after the first loads no compiler. A gateway on the whatsapp-web.js driver first makes sure a
 * browser is installed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (path) => join(root, path);
const say = (line) => process.stderr.write(`WaQtor: ${line}\n`);

/** The newest modification time under these files and folders. */
function newest(paths) {
  let time = 0;
  const visit = (path) => {
    const stats = statSync(path, { throwIfNoEntry: false });
    if (!stats) return;
    if (stats.isDirectory()) for (const entry of readdirSync(path)) visit(join(path, entry));
    else time = Math.max(time, stats.mtimeMs);
  };
  for (const path of paths) visit(at(path));
  return time;
}

/** Whether what was built at `stamp` is older than its sources. */
const stale = (stamp, sources) => !existsSync(at(stamp)) || newest(sources) > statSync(at(stamp)).mtimeMs;

function run(what, script, args) {
  say(`building ${what}`);
  const result = spawnSync(process.execPath, [at(script), ...args], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    say(`could not build ${what}`);
    process.exit(result.status ?? 1);
  }
}

const GATEWAY_STAMP = 'build/.built';
if (stale(GATEWAY_STAMP, ['src', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json', 'scripts/bundle.mjs'])) {
  run('the gateway', 'node_modules/typescript/bin/tsc', ['-p', 'tsconfig.build.json']);
  run('the gateway bundle', 'scripts/bundle.mjs', []);
  writeFileSync(at(GATEWAY_STAMP), new Date().toISOString());
}
if (stale('dist/dashboard/index.html', ['dashboard/src', 'dashboard/index.html', 'dashboard/vite.config.ts', 'src/domain'])) {
  run('the dashboard', 'node_modules/vite/bin/vite.js', ['build', '--config', 'dashboard/vite.config.ts']);
}

const { runsRealDriver } = await import('../build/start-check.js');
if (runsRealDriver()) {
  const checked = spawnSync(at('node_modules/.bin/tsx'), [at('scripts/setup/ensure-browser.ts')], { stdio: 'inherit' });
  if (checked.status !== 0) process.exit(checked.status ?? 1);
}

await import('../build/launch.js');
