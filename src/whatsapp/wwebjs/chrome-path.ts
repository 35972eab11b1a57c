import { accessSync, constants } from 'node:fs';
import puppeteer from 'puppeteer';

/** Where Chromium or Chrome is installed by the usual packages, most specific first. */
export const systemChromePaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
] as const;

export const chromeInstallAdvice = [
  'Install Chromium (Debian/Ubuntu: `sudo apt-get install -y chromium`; macOS: `brew install --cask chromium`),',
  'or point CHROME_PATH in .env at a Chrome or Chromium executable.',
  'To try the gateway without a browser meanwhile, set WHATSAPP_DRIVER=sandbox.',
].join(' ');

export class ChromeNotFoundError extends Error {
  constructor(reason: string) {
    super(`${reason} ${chromeInstallAdvice}`);
    this.name = 'ChromeNotFoundError';
  }
}

const isExecutable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** Where puppeteer keeps the Chrome it downloads, where a machine could download one (npm start's set-up). */
const downloadedChrome = () => {
  try {
    return [puppeteer.executablePath()];
  } catch {
    return [];
  }
};

/**
 * The browser the whatsapp-web.js driver launches: CHROME_PATH when set, else the first system install
 * found, else a Chrome that puppeteer downloaded.
 */
export function findChrome(
  chromePath: string | undefined,
  candidates: readonly string[] = [...systemChromePaths, ...downloadedChrome()],
): string {
  if (chromePath !== undefined) {
    if (isExecutable(chromePath)) return chromePath;
    throw new ChromeNotFoundError(`CHROME_PATH is ${chromePath}, but no executable is there.`);
  }
  const found = candidates.find(isExecutable);
  if (found) return found;
  throw new ChromeNotFoundError(`The whatsapp-web.js driver needs Chromium, and none was found (looked in ${candidates.join(', ')}).`);
}
