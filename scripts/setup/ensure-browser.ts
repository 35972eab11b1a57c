/**
 * Runs before `npm start`: the real driver needs a Chromium, and the README's one command must work on a
 * fresh machine. When WHATSAPP_DRIVER is wwebjs (the default) and no browser is found, get one: Debian's or
 * Ubuntu's package when running as root, else puppeteer's own download; when neither works (offline, no
 * root), stop with one message saying what to install. It never runs inside `npm install`, so an offline
 * install cannot fail on it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readEnvironment } from '../../src/config.js';
import { chromeInstallAdvice, findChrome } from '../../src/whatsapp/wwebjs/chrome-path.js';

const say = (line: string) => process.stderr.write(`WaQtor setup: ${line}\n`);

function browserFound(chromePath: string | undefined): boolean {
  try {
    findChrome(chromePath);
    return true;
  } catch {
    return false;
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
const driver = env.WHATSAPP_DRIVER?.trim() || 'wwebjs';
const chromePath = env.CHROME_PATH?.trim() || undefined;

if (driver === 'wwebjs' && !browserFound(chromePath)) {
  if (chromePath !== undefined) {
    say(`CHROME_PATH is ${chromePath}, but no executable is there. ${chromeInstallAdvice}`);
    process.exit(1);
  }
  say('the whatsapp-web.js driver needs Chromium and none is installed; getting one');
  if (!((installDebianPackage() || downloadWithPuppeteer()) && browserFound(undefined))) {
    say(`could not install a browser by itself. ${chromeInstallAdvice}`);
    process.exit(1);
  }
  say('Chromium installed');
}
