import type { MessageRecord } from '../db/entities/message-record.js';
import { GatewayError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { SessionManager } from '../sessions/session-manager.js';
import type { MessageHistory } from './message-history.js';

/**
 * A chat's messages from the stored history. A chat the history has nothing of yet (its messages came
 * before the gateway saw the account) is filled once from WhatsApp, while the session runs here.
 */
export class ChatHistory {
  constructor(
    private readonly openSessions: SessionManager,
    private readonly history: MessageHistory,
    private readonly logger: Logger,
  ) {}

  async page(session: string, chatId: string, page: { limit: number; before?: string | undefined }): Promise<MessageRecord[]> {
    const stored = await this.history.chatPage(session, chatId, page);
    if (stored.length > 0 || page.before !== undefined || !this.openSessions.isReady(session)) return stored;
    try {
      await this.history.keepFetched(session, await this.openSessions.get(session).driver.chatMessages(chatId, page.limit));
    } catch (error) {
      // A chat WhatsApp does not have either is simply empty; anything else leaves the history as it was.
      if (!(error instanceof GatewayError && error.code === 'NOT_FOUND'))
        this.logger.warn({ err: error, session }, "could not fetch a chat's earlier messages from WhatsApp");
      return stored;
    }
    return this.history.chatPage(session, chatId, page);
  }
}
