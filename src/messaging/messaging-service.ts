import { badInput, clientNotReady, GatewayError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { SessionManager } from '../sessions/session-manager.js';
import type { SentMessage } from '../whatsapp/driver.js';
import { loadMedia, type MediaOptions, type MediaSource } from './media/load-media.js';
import type { MediaFetchPolicy } from './media/fetch-media.js';
import type { MessageLog } from './message-log.js';
import { pause } from './pacing.js';
import { maskChatIds, maskNumber, type Recipient } from './phone-number.js';

export interface SendResult extends SentMessage {
  to: string;
}

export interface BulkItem {
  /** What the caller wrote, reported back as `phone` in the result. */
  input: string;
  recipient: Recipient;
  text: string;
}

export type BulkItemResult =
  | { phone: string; status: 'sent'; messageId: string }
  | { phone: string; status: 'failed'; error: string };

export interface BulkResult {
  total: number;
  sent: number;
  failed: number;
  results: BulkItemResult[];
}

export interface MessagingOptions {
  media: MediaFetchPolicy;
  /** TEST_PHONE_NUMBER: a secret that no response or log line may show in full. */
  testRecipient?: Recipient;
  bulkMaxRecipients: number;
  bulkDelayMinMs: number;
  bulkDelayMaxMs: number;
}

/** Sending: through a session's driver, each message recorded with its WhatsApp id for delivery status. */
export class MessagingService {
  constructor(
    private readonly sessions: SessionManager,
    private readonly messages: MessageLog,
    private readonly options: MessagingOptions,
    private readonly logger: Logger,
  ) {}

  async sendText(session: string, recipient: Recipient, text: string): Promise<SendResult> {
    const sent = await this.sessions.get(session).driver.sendText(recipient, text);
    await this.#record(session, recipient, sent, 'text');
    return { ...sent, to: recipient.to };
  }

  async sendMedia(session: string, recipient: Recipient, source: MediaSource, options: MediaOptions & { caption?: string }): Promise<SendResult> {
    const { driver } = this.sessions.get(session);
    // Refuse early, before a download that could not be sent anyway.
    if (driver.state() !== 'CONNECTED') throw clientNotReady();
    const media = await loadMedia(source, options, this.options.media);
    const sent = await driver.sendMedia(recipient, media, { caption: options.caption });
    await this.#record(session, recipient, sent, 'media');
    return { ...sent, to: recipient.to };
  }

  testNumber(): { configured: boolean; message: string; phoneNumberMasked: string | null } {
    const recipient = this.options.testRecipient;
    return recipient
      ? { configured: true, message: 'Test phone number is configured. Send a test with POST /api/test/send (or the sendTestMessage mutation).', phoneNumberMasked: maskNumber(recipient.to) }
      : { configured: false, message: 'Test phone number is not configured: set TEST_PHONE_NUMBER in .env', phoneNumberMasked: null };
  }

  async sendTestMessage(session: string, text: string): Promise<SendResult> {
    const recipient = this.options.testRecipient;
    if (!recipient) throw badInput('Test phone number is not configured: set TEST_PHONE_NUMBER in .env');
    const sent = await this.sendText(session, recipient, text);
    return { id: maskChatIds(sent.id), timestamp: sent.timestamp, to: 'TEST_PHONE_NUMBER (hidden for security)' };
  }

  /**
   * Sends one by one with a jittered pause between sends. A recipient that fails (not on WhatsApp, say)
   * is reported and the rest go on; losing the connection midway fails the remaining ones with that reason
   * rather than hammering a dead session.
   */
  async sendBulk(session: string, items: BulkItem[]): Promise<BulkResult> {
    if (items.length > this.options.bulkMaxRecipients) {
      throw badInput(`Too many recipients: at most ${this.options.bulkMaxRecipients} per request (BULK_MAX_RECIPIENTS)`);
    }
    const results: BulkItemResult[] = [];
    for (const [index, item] of items.entries()) {
      if (index > 0) await pause(this.options.bulkDelayMinMs, this.options.bulkDelayMaxMs);
      try {
        const sent = await this.sendText(session, item.recipient, item.text);
        results.push({ phone: item.input, status: 'sent', messageId: sent.id });
      } catch (error) {
        if (!(error instanceof GatewayError)) throw error;
        results.push({ phone: item.input, status: 'failed', error: error.message });
        if (error.code === 'CLIENT_NOT_READY') {
          for (const rest of items.slice(index + 1)) results.push({ phone: rest.input, status: 'failed', error: error.message });
          break;
        }
      }
    }
    const sent = results.filter((r) => r.status === 'sent').length;
    return { total: items.length, sent, failed: results.length - sent, results };
  }

  async #record(session: string, recipient: Recipient, sent: SentMessage, kind: 'text' | 'media'): Promise<void> {
    this.logger.info({ session, to: maskNumber(recipient.to), id: sent.id, kind }, 'message sent');
    try {
      await this.messages.record({ id: sent.id, session, chatId: recipient.chatId, kind });
    } catch (error) {
      // The message has left: failing the request now would make the client send it again.
      this.logger.error({ err: error, id: sent.id }, 'message sent but not recorded; its status will be unknown');
    }
  }
}
