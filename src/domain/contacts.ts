/** Whether a number is on WhatsApp, and the ids it is known by there. */
export interface NumberCheck {
  exists: boolean;
  /** The chat id to message it at; null when it is not on WhatsApp. */
  chatId: string | null;
  /** Its LID (`…@lid`), where WhatsApp has moved it to one and says so. */
  lid: string | null;
}

/** A WhatsApp user as the linked account sees them. */
export interface ContactInfo {
  id: string;
  /** International digits; null where WhatsApp shows only a LID. */
  phone: string | null;
  lid: string | null;
  /** As saved in the account's address book. */
  name: string | null;
  /** As the user named themselves. */
  pushname: string | null;
  isBusiness: boolean;
  isBlocked: boolean;
  about: string | null;
  profilePicUrl: string | null;
}
