import { withDeadline } from '../../timers.js';
import { notFound } from '../../errors.js';
import type { Logger } from '../../logger.js';
import type { DialogShown } from '../../domain/driver-events.js';
import { acknowledgementOf, buttonOf, MAX_DIALOG_TEXT, sameDialog, type WhatsAppDialog } from '../../domain/whatsapp-dialogs.js';
import type { WwebjsClient } from './wwebjs-client.js';
import { dialogOnPage, type DialogOnPage } from './wwebjs-dialog-page.js';

type Page = NonNullable<WwebjsClient['pupPage']>;

export interface DialogWatchDeps {
  log: Logger;
  /** Raises the `dialog` event. */
  announce(shown: DialogShown): void;
  /** Runs `change` to the open dialog, announcing the state the session shows if it moved. */
  changing(change: () => void): void;
  /** How long one look at the page may take. */
  lookTimeoutMs: number;
}

/**
 * The dialog over one client's WhatsApp Web page: an announcement (a new account's "What's new", which
 * left alone gets the account logged out some five minutes after linking) is acknowledged at once; any
 * other, still open at the next look, is `open`, and the session ACTION_REQUIRED, until it closes or a
 * person presses one of its buttons. A dialog seen once and gone at the next look (a takeover's) is nothing.
 */
export class DialogWatch {
  #open: WhatsAppDialog | null = null;
  #sighted: WhatsAppDialog | null = null;

  constructor(private readonly deps: DialogWatchDeps) {}

  get open(): WhatsAppDialog | null {
    return this.#open;
  }

  /** The page went (a restart, a stop), and its dialog with it; the caller announces the state. */
  forget(): void {
    this.#open = this.#sighted = null;
  }

  /** Looks at the page once, and acts on what it shows. */
  async look(page: Page): Promise<void> {
    const { dialog } = await this.#lookAt(page, null);
    if (!dialog) {
      this.#sighted = null;
      this.#show(null);
      return;
    }
    if (sameDialog(this.#open, dialog)) return;
    const acknowledgement = acknowledgementOf(dialog);
    if (acknowledgement !== null) {
      if (!(await this.#lookAt(page, acknowledgement)).pressed) return;
      this.deps.log.info({ dialog: dialog.text, button: acknowledgement }, 'acknowledged a WhatsApp Web announcement');
      this.deps.announce({ ...dialog, answered: acknowledgement });
      return;
    }
    if (!sameDialog(this.#sighted, dialog)) {
      this.#sighted = dialog;
      return;
    }
    this.deps.log.warn({ dialog: dialog.text, buttons: dialog.buttons }, 'WhatsApp Web shows a dialog that needs a person');
    this.deps.announce({ ...dialog, answered: null });
    this.#show(dialog);
  }

  /** Presses `button` of the open dialog: NOT_FOUND with none open, BAD_USER_INPUT for a button it lacks. */
  async answer(page: Page | undefined, button: string, press: (task: () => Promise<DialogOnPage>) => Promise<DialogOnPage>) {
    const dialog = this.#open;
    if (!dialog || !page) throw notFound('WhatsApp Web shows no dialog that waits for a person');
    const label = buttonOf(dialog, button);
    const { pressed } = await press(() => this.#lookAt(page, label));
    if (!pressed) throw notFound('The dialog closed or changed before its button was pressed; see the session for the one open now');
    this.#sighted = null;
    this.#show(null);
  }

  #lookAt(page: Page, press: string | null): Promise<DialogOnPage> {
    return withDeadline(page.evaluate(dialogOnPage, MAX_DIALOG_TEXT, press), this.deps.lookTimeoutMs, 'dialog look');
  }

  #show(dialog: WhatsAppDialog | null): void {
    this.deps.changing(() => {
      this.#open = dialog;
    });
  }
}
