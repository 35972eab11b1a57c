import type { WwebjsChatHandle } from './wwebjs-client.js';

/** How far back a chat is read for a message from the other side: a conversation shows one early. */
const KNOWN_CHAT_MESSAGES = 50;

/**
 * Whether the other side of a chat ever wrote to the account, among its last messages. whatsapp-web.js
 * 1.34.7 has no call that says whether WhatsApp counts a chat as a new contact; this is the nearest sign.
 */
export async function wroteToAccount(chat: WwebjsChatHandle | undefined): Promise<boolean> {
  if (!chat) return false;
  if (chat.isGroup) return true;
  return (await chat.fetchMessages({ limit: KNOWN_CHAT_MESSAGES })).some((message) => !message.fromMe);
}
