import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { findChrome } from '../../../../src/whatsapp/wwebjs/chrome-path.js';

async function fakeBrowser(name: string, mode = 0o755) {
  const dir = await mkdtemp(join(tmpdir(), 'waqtor-chrome-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  const path = join(dir, name);
  await writeFile(path, '#!/bin/sh\n');
  await chmod(path, mode);
  return path;
}

describe('finding Chromium', () => {
  it('uses CHROME_PATH when it names an executable', async () => {
    const path = await fakeBrowser('my-chrome');
    expect(findChrome(path, [])).toBe(path);
  });

  it('takes the first system install found', async () => {
    const path = await fakeBrowser('chromium');
    expect(findChrome(undefined, ['/nowhere/chromium', path])).toBe(path);
  });

  it('says what to install when CHROME_PATH is wrong', async () => {
    const notExecutable = await fakeBrowser('chrome', 0o644);
    expect(() => findChrome(notExecutable, [])).toThrow(
      `CHROME_PATH is ${notExecutable}, but no executable is there. Install Chromium (Debian/Ubuntu: \`sudo apt-get install -y chromium\``,
    );
  });

  it('says what to install, and how to try the sandbox meanwhile, when none is found', () => {
    expect(() => findChrome(undefined, ['/nowhere/chromium'])).toThrow(
      'The whatsapp-web.js driver needs Chromium, and none was found (looked in /nowhere/chromium). Install Chromium (Debian/Ubuntu: `sudo apt-get install -y chromium`; macOS: `brew install --cask chromium`), or point CHROME_PATH in .env at a Chrome or Chromium executable. To try the gateway without a browser meanwhile, set WHATSAPP_DRIVER=sandbox.',
    );
  });
});
