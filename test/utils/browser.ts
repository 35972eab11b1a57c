import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { onTestFinished } from 'vitest';
import { TEST_API_KEY } from './gateway.js';

/** Debian's Chromium, installed by .ci/run; nothing downloads a browser. */
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
/** Where each end-to-end test leaves its screenshot, beside the vitest report. */
export const SCREENSHOT_DIR = join('test-results', 'dashboard');

/** Headless Chromium with nothing reaching out to the (closed) network on its own. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface DashboardPage {
  page: Page;
  /** Console errors and uncaught exceptions, which a test expects to stay empty. */
  problems: string[];
  screenshot(name: string): Promise<string>;
}

/** A fresh browser context (its own sessionStorage) on the gateway's dashboard, closed after the test. */
export async function openDashboard(browser: Browser, url: string, viewport = { width: 1280, height: 900 }): Promise<DashboardPage> {
  const context = await browser.newContext({ viewport });
  // Closed before the gateway stops (hooks run last-registered first), so the page does not reconnect.
  onTestFinished(() => context.close());
  // Well inside the test's own timeout, so a wait that fails names what it waited for.
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page: ${error.message}`));
  await page.goto(url);
  return {
    page,
    problems,
    async screenshot(name) {
      await mkdir(SCREENSHOT_DIR, { recursive: true });
      const path = join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
  };
}

/** Types the key into the page's key form with the keyboard only: the field has the focus on arrival. */
export async function enterApiKey(page: Page, key = TEST_API_KEY): Promise<void> {
  await page.locator('#api-key:focus').waitFor();
  await page.keyboard.type(key);
  await page.keyboard.press('Enter');
}
