/** The documented bodies list recipients as plain numbers or chat ids; the schema takes objects. */
export const withChatIds = (recipients: unknown) =>
  Array.isArray(recipients)
    ? recipients.map((recipient: unknown) => (typeof recipient === 'string' ? { chatId: recipient } : recipient))
    : recipients;
