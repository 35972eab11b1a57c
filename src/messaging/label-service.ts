import type { Label } from '../domain/labels.js';
import type { SessionManager } from '../sessions/session-manager.js';

/** A WhatsApp Business account's labels, and the labels on its chats. */
export class LabelService {
  constructor(private readonly openSessions: SessionManager) {}

  list(session: string): Promise<Label[]> {
    return this.openSessions.get(session).driver.labels();
  }

  ofChat(session: string, chatId: string): Promise<Label[]> {
    return this.openSessions.get(session).driver.chatLabels(chatId);
  }

  setOnChat(session: string, chatId: string, labelIds: string[]): Promise<Label[]> {
    return this.openSessions.get(session).driver.setChatLabels(chatId, labelIds);
  }
}
