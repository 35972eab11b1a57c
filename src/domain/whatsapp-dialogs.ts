import { badInput } from '../errors.js';

/** A dialog WhatsApp Web shows over its page, which nothing behind it can be used through until it closes. */
export interface WhatsAppDialog {
  /** What it says, as shown (cut to MAX_DIALOG_TEXT characters). */
  text: string;
  /** The labels of its buttons, in the order shown. */
  buttons: string[];
}

/** A dialog's words kept and announced: enough to read it, never a page's worth. */
export const MAX_DIALOG_TEXT = 1000;

/**
 * The dialogs that only tell something: "What's new on WhatsApp Web", "A fresh look for WhatsApp Web". A new
 * account that leaves the first unacknowledged is logged out by WhatsApp some five minutes after linking,
 * so the drivers press their button at once. Matched on words, not markup, which changes with every build.
 */
const ANNOUNCEMENT = /what['\u2019]s new|fresh look|new look|new features|has been updated|introducing/i;
/** The buttons that only close an announcement, never ones that change something. */
const ACKNOWLEDGEMENT = /^(continue|ok|okay|got it|close|dismiss|next|done)$/i;

/** The button that acknowledges `dialog`, when it is an announcement; null when it needs a person. */
export function acknowledgementOf(dialog: WhatsAppDialog): string | null {
  if (!ANNOUNCEMENT.test(dialog.text)) return null;
  return dialog.buttons.find((button) => ACKNOWLEDGEMENT.test(button.trim())) ?? null;
}

/** Whether two sightings of a dialog are the same dialog still open. */
export const sameDialog = (a: WhatsAppDialog | null, b: WhatsAppDialog | null) =>
  a !== null && b !== null && a.text === b.text && a.buttons.join('\n') === b.buttons.join('\n');

/** The button of `dialog` called `label`, or BAD_USER_INPUT naming the ones it has. */
export function buttonOf(dialog: WhatsAppDialog, label: string): string {
  const button = dialog.buttons.find((candidate) => candidate === label);
  if (button !== undefined) return button;
  throw badInput(
    dialog.buttons.length === 0
      ? `button: the dialog has no buttons to press`
      : `button: the dialog has no button "${label}"; it has ${dialog.buttons.map((b) => `"${b}"`).join(', ')}`,
  );
}

/** What the status says while a dialog waits for a person. */
export const dialogActivity = (dialog: WhatsAppDialog) =>
  `WhatsApp Web shows a dialog that needs a person: "${dialog.text}"${dialog.buttons.length > 0 ? ` (buttons: ${dialog.buttons.join(', ')})` : ''}; press one with POST /api/sessions/{session}/dialog or on the dashboard`;
