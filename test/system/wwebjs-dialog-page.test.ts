import puppeteer, { type Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialogOnPage } from '../../src/whatsapp/wwebjs/wwebjs-dialog-page.js';

/** WhatsApp Web's markup for a modal, as its builds of 2025–2026 render one: what the page script reads. */
const page = (dialog: string) => `<!doctype html><html><body>
  <div id="app"><div id="pane-side">Chats</div>
    <div data-animate-modal-popup="true">${dialog}</div>
  </div>
  <script>
    for (const button of document.querySelectorAll('[data-closes]'))
      button.addEventListener('click', () => { document.body.dataset.pressed = button.dataset.closes; document.querySelector('[data-animate-modal-popup]').remove(); });
  </script>
</body></html>`;

const WHATS_NEW = `<div role="dialog" aria-modal="true">
  <div><h1>What’s new on WhatsApp Web</h1>
    <p>Channels, communities and more.</p></div>
  <div><button type="button" data-closes="continue"><div><div>Continue</div></div></button></div>
</div>`;

const NEEDS_A_PERSON = `<div role="dialog">
  <div>Keep this computer linked to your account?</div>
  <div>
    <div role="button" tabindex="0" data-closes="logout">Log out</div>
    <div role="button" tabindex="0" data-closes="keep">Keep linked</div>
    <div role="button" tabindex="0" aria-label="Close"></div>
  </div>
</div>`;

describe("the page script that reads and answers WhatsApp Web's dialogs, in Chromium through puppeteer", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await puppeteer.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
    });
  });
  afterAll(() => browser?.close());

  async function open(dialog: string) {
    const tab = await browser.newPage();
    await tab.setContent(page(dialog));
    return tab;
  }

  it("reads a dialog's words and buttons, presses the one asked for, and then finds none", async () => {
    const tab = await open(WHATS_NEW);
    expect(await tab.evaluate(dialogOnPage, 1000, null)).toEqual({
      dialog: { text: 'What’s new on WhatsApp Web\nChannels, communities and more.\nContinue', buttons: ['Continue'] },
      pressed: false,
    });
    expect((await tab.evaluate(dialogOnPage, 1000, 'Continue')).pressed).toBe(true);
    expect(await tab.evaluate(() => document.body.dataset.pressed)).toBe('continue');
    expect(await tab.evaluate(dialogOnPage, 1000, null)).toEqual({ dialog: null, pressed: false });
  });

  it('takes role=button elements and aria labels as buttons, presses nothing for a label it lacks, and cuts long words', async () => {
    const tab = await open(NEEDS_A_PERSON);
    expect(await tab.evaluate(dialogOnPage, 1000, 'Maybe')).toEqual({
      dialog: {
        text: 'Keep this computer linked to your account?\nLog out\nKeep linked',
        buttons: ['Log out', 'Keep linked', 'Close'],
      },
      pressed: false,
    });
    expect((await tab.evaluate(dialogOnPage, 12, null)).dialog?.text).toBe('Keep this co');
    expect((await tab.evaluate(dialogOnPage, 1000, 'Keep linked')).pressed).toBe(true);
    expect(await tab.evaluate(() => document.body.dataset.pressed)).toBe('keep');
  });

  it('finds nothing on a page without a dialog', async () => {
    const tab = await browser.newPage();
    await tab.setContent('<div id="app"><div id="pane-side">Chats</div></div>');
    expect(await tab.evaluate(dialogOnPage, 1000, null)).toEqual({ dialog: null, pressed: false });
  });
});
