import type { WhatsAppDialog } from '../../domain/whatsapp-dialogs.js';

/*
 * Scripts that run inside WhatsApp Web's page (puppeteer sends their source, so each stands alone: no
 * imports, no helpers from outside). whatsapp-web.js 1.34.7 has no call for WhatsApp Web's dialogs, so the
 * driver reads and presses them on the page itself, by the roles WhatsApp Web gives its modals and buttons.
 */

/** The few DOM members the scripts touch; the gateway compiles without the browser's types. */
interface PageElement {
  readonly innerText: string;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
  click(): void;
}

interface PageDocument {
  querySelector(selector: string): PageElement | null;
}

/** What the page script found: the dialog open (before any press), and whether the asked button was pressed. */
export interface DialogOnPage {
  dialog: WhatsAppDialog | null;
  pressed: boolean;
}

/**
 * Reads the dialog open over WhatsApp Web, if any (its words cut to `maxText` characters, its button
 * labels), and presses its button labelled `press` when one is given and the dialog has it.
 */
export function dialogOnPage(maxText: number, press: string | null): DialogOnPage {
  const page = (globalThis as unknown as { document: PageDocument }).document;
  const dialog = page.querySelector('[data-animate-modal-popup="true"], [role="dialog"]');
  if (!dialog) return { dialog: null, pressed: false };
  const buttons = Array.from(dialog.querySelectorAll('button, [role="button"]')).map((button) => ({
    button,
    label: (button.innerText || button.getAttribute('aria-label') || '').trim(),
  }));
  const text = dialog.innerText
    .trim()
    .replace(/\s*\n\s*/g, '\n')
    .slice(0, maxText);
  const pressing = press === null ? undefined : buttons.find(({ label }) => label === press);
  pressing?.button.click();
  return { dialog: { text, buttons: buttons.map(({ label }) => label).filter((label) => label !== '') }, pressed: pressing !== undefined };
}
