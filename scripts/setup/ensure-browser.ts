/**
 * Runs before `npm start`: the real driver needs a Chromium, and the README's one command must work on a
 * fresh machine. When WHATSAPP_DRIVER is wwebjs (the default) and no browser is found, get one: Debian's or
 * Ubuntu's package when running as root, else puppeteer's own download; when neither works (offline, no
 * root), stop with one message saying what to install. It never runs inside `npm install`, so an offline
 * install cannot fail on it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readEnvironment } from '../../src/config/environment.js';
import { ChromeNotFoundError, chromeInstallAdvice, findChrome } from '../../src/whatsapp/wwebjs/chrome-path.js';
import { defaultDriver } from '../../src/domain/driver-kinds.js';

const say = (line: string) => process.stderr.write(`WaQtor setup: ${line}\n`);

/** Why the driver would not start for want of a browser, or undefined when it has one. */
function missingBrowser(chromePath: string | undefined): ChromeNotFoundError | undefined {
  try {
    findChrome(chromePath);
    return undefined;
  } catch (error) {
    if (error instanceof ChromeNotFoundError) return error;
    throw error;
  }
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  say(`${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', env, timeout: 10 * 60_000 }).status === 0;
}

function installDebianPackage(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0 || !existsSync('/etc/debian_version')) return false;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const name of ['chromium', 'chromium-browser']) {
    if (run('apt-get', ['install', '-y', '--no-install-recommends', name], env)) return true;
  }
  // A fresh machine may not have read its package lists yet.
  return run('apt-get', ['update'], env) && run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], env);
}

function downloadWithPuppeteer(): boolean {
  return run('npx', ['--no-install', 'puppeteer', 'browsers', 'install', 'chrome'], { ...process.env, PUPPETEER_SKIP_DOWNLOAD: 'false' });
}

const env = readEnvironment();
const driver = env.WHATSAPP_DRIVER?.trim() || defaultDriver;
const chromePath = env.CHROME_PATH?.trim() || undefined;
const missing = driver === 'wwebjs' ? missingBrowser(chromePath) : undefined;

if (missing) {
  if (chromePath !== undefined) {
    say(missing.message);
    process.exit(1);
  }
  say('the whatsapp-web.js driver needs Chromium and none is installed; getting one');
  if (!((installDebianPackage() || downloadWithPuppeteer()) && !missingBrowser(undefined))) {
    say(`could not install a browser by itself. ${chromeInstallAdvice}`);
    process.exit(1);
  }
  say('Chromium installed');
}
