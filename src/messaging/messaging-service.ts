import type { EntityManager } from '../db/orm.js';
import { badInput, clientNotReady, GatewayError, isDatabaseUnavailable } from '../errors.js';
import type { Logger } from '../logger.js';
import type { LidPhones } from './lid-phones.js';
import type { GatewayMetrics } from '../metrics/gateway-metrics.js';
import {
  describeContent,
  presentationRefusal,
  typeOfSent,
  type MessageKind,
  type RichContent,
  type TextOptions,
} from '../domain/message-content.js';
import type { SessionLimits } from '../sessions/session-limits.js';
import type { SessionManager } from '../sessions/session-manager.js';
import { accountLimited } from '../domain/account-limit.js';
import type { Media, MediaOptions as DriverMediaOptions, SentMessage } from '../whatsapp/driver.js';
import type { ChatChange } from '../domain/chat-changes.js';
import { loadMedia, type MediaOptions, type MediaSource } from './media/load-media.js';
import type { MediaFetchPolicy } from './media/fetch-media.js';
import type { MessageLog, SentContent, SentMessageRecord } from './message-log.js';
import type { MessageChange, MessageHistory } from './message-history.js';
import { isLid, maskChatIds, maskNumber, type Recipient } from '../domain/phone-number.js';

/** Writes in the transaction that records a sent message (a campaign recipient marked sent). */
export type RecordAlongside = (em: EntityManager, sent: SentMessage) => Promise<unknown>;

export interface SendResult extends SentMessage {
  to: string;
}

export interface MessagingOptions {
  media: MediaFetchPolicy;
  /** TEST_PHONE_NUMBER: a secret that no response or log line may show in full. */
  testRecipient?: Recipient;
  /** Resolves once the database answers again: a sent message it could not record waits on it. */
  waitForDatabase(): Promise<void>;
  /** The sessions WhatsApp limits now. */
  limits: Pick<SessionLimits, 'of'>;
  /** Whether a limited session still tries people who never wrote to it. */
  sendToNewContactsWhileLimited: boolean;
}

/** A sent message the database could not take is tried again this many times, each once it answers. */
const RECORD_ATTEMPTS = 5;

/** Sending: through a session's driver, each message recorded with its WhatsApp id for delivery status. */
export class MessagingService {
  constructor(
    private readonly openSessions: SessionManager,
    private readonly messageLog: MessageLog,
    private readonly options: MessagingOptions,
    private readonly metrics: GatewayMetrics,
    private readonly logger: Logger,
    private readonly lids: LidPhones,
    private readonly history: MessageHistory,
  ) {}

  /** `alongside` is written with the message's own record, so an ack arriving at once finds both. */
  async sendText(
    session: string,
    recipient: Recipient,
    text: string,
    options: TextOptions = {},
    alongside?: RecordAlongside,
  ): Promise<SendResult> {
    await this.#holdBack(session, recipient);
    const sent = await this.#counted(session, 'text', this.openSessions.get(session).driver.sendText(recipient, text, options));
    await this.#record(session, recipient, sent, 'text', { body: text, quotedId: options.replyTo }, alongside);
    return { ...sent, to: recipient.to };
  }

  async sendMedia(
    session: string,
    recipient: Recipient,
    source: MediaSource,
    options: MediaOptions & DriverMediaOptions,
  ): Promise<SendResult> {
    const { driver } = this.openSessions.get(session);
    // Refuse early, before a download that could not be sent anyway.
    if (driver.state() !== 'CONNECTED') throw clientNotReady();
    await this.#holdBack(session, recipient);
    const { caption, as, viewOnce, replyTo, mentions } = options;
    let file: Pick<Media, 'mimetype' | 'filename'> | undefined;
    const sent = await this.#counted(
      session,
      'media',
      loadMedia(source, options, this.options.media).then((media) => {
        const refusal = presentationRefusal({ as, viewOnce }, media.mimetype);
        if (refusal) throw badInput(refusal);
        file = media;
        return driver.sendMedia(recipient, media, { caption, as, viewOnce, replyTo, mentions });
      }),
    );
    await this.#record(session, recipient, sent, 'media', {
      body: caption ?? null,
      quotedId: replyTo,
      ...(file && { type: typeOfSent('media', { mimetype: file.mimetype, as }), mimeType: file.mimetype, filename: file.filename }),
    });
    return { ...sent, to: recipient.to };
  }

  /** A location, contact cards or a poll. */
  async sendContent(session: string, recipient: Recipient, content: RichContent): Promise<SendResult> {
    await this.#holdBack(session, recipient);
    const sent = await this.#counted(session, content.kind, this.openSessions.get(session).driver.sendContent(recipient, content));
    await this.#record(session, recipient, sent, content.kind, { body: describeContent(content) });
    return { ...sent, to: recipient.to };
  }

  async pin(session: string, messageId: string, seconds: number): Promise<void> {
    await this.openSessions.get(session).driver.pin(messageId, seconds);
  }

  async unpin(session: string, messageId: string): Promise<void> {
    await this.openSessions.get(session).driver.unpin(messageId);
  }

  async react(session: string, messageId: string, emoji: string): Promise<void> {
    await this.openSessions.get(session).driver.react(messageId, emoji);
    await this.#keep(session, messageId, { reaction: emoji });
  }

  async edit(session: string, messageId: string, text: string): Promise<void> {
    await this.openSessions.get(session).driver.edit(messageId, text);
    await this.#keep(session, messageId, { body: text, editedAt: new Date() });
  }

  /** Deleted only for the account, a message stays in its history: the other side still has it. */
  async deleteMessage(session: string, messageId: string, everyone: boolean): Promise<void> {
    await this.openSessions.get(session).driver.deleteMessage(messageId, { everyone });
    if (everyone) await this.#keep(session, messageId, { deletedAt: new Date() });
  }

  /** What WhatsApp did is done; a history that could not take it is logged, not answered as a failure. */
  async #keep(session: string, messageId: string, change: MessageChange): Promise<void> {
    await this.history.changed(session, messageId, change).catch((error: unknown) => {
      this.logger.warn({ err: error, id: messageId }, "could not keep a change to a message in the chat's history");
    });
  }

  /** The copy is recorded like any send, so its delivery status can be followed by its own id. */
  async forward(session: string, messageId: string, recipient: Recipient): Promise<SendResult & { forwardedFrom: string }> {
    const driver = this.openSessions.get(session).driver;
    await this.#holdBack(session, recipient);
    const { kind, ...copy } = await driver.forward(messageId, recipient);
    this.metrics.messagesSent.inc({ session, kind });
    await this.#record(session, recipient, copy, kind);
    return { ...copy, to: recipient.to, forwardedFrom: messageId };
  }

  async updateChat(session: string, chatId: string, change: ChatChange): Promise<void> {
    await this.openSessions.get(session).driver.updateChat(chatId, change);
    if (change.kind === 'seen')
      await this.history.read(session, chatId).catch((error: unknown) => {
        this.logger.warn({ err: error, chatId: maskChatIds(chatId) }, "could not mark the chat's history read");
      });
  }

  testNumber(): { configured: boolean; message: string; phoneNumberMasked: string | null } {
    const recipient = this.options.testRecipient;
    return recipient
      ? {
          configured: true,
          message: 'Test phone number is configured. Send a test with POST /api/test/send (or the sendTestMessage mutation).',
          phoneNumberMasked: maskNumber(recipient.to),
        }
      : { configured: false, message: 'Test phone number is not configured: set TEST_PHONE_NUMBER in .env', phoneNumberMasked: null };
  }

  async sendTestMessage(session: string, text: string): Promise<SendResult> {
    const recipient = this.options.testRecipient;
    if (!recipient) throw badInput('Test phone number is not configured: set TEST_PHONE_NUMBER in .env');
    const sent = await this.sendText(session, recipient, text);
    return { id: maskChatIds(sent.id), timestamp: sent.timestamp, to: 'TEST_PHONE_NUMBER (hidden for security)' };
  }

  /**
   * What a send waits for, or is refused by, before it goes out. It waits while its session's events are
   * stored slower than they come (a burst of sends' acks on a slow database). While WhatsApp limits the
   * session, a message to a person who never wrote to the account is not tried (unless configured
   * otherwise): each such try pushes the account further into the limit.
   */
  async #holdBack(session: string, recipient: Recipient): Promise<void> {
    await this.openSessions.roomForEvents(session);
    const limit = this.options.limits.of(session);
    if (!limit || recipient.isGroup || this.options.sendToNewContactsWhileLimited) return;
    if (await this.openSessions.get(session).driver.knowsChat(recipient.chatId)) return;
    this.metrics.sendsRefused.inc({ session, reason: 'held_back' });
    throw accountLimited(limit, new Date());
  }

  /** Counts a send WhatsApp accepted, or one that failed after its input was accepted (with why). */
  async #counted(session: string, kind: MessageKind, sending: Promise<SentMessage>): Promise<SentMessage> {
    try {
      const sent = await sending;
      this.metrics.messagesSent.inc({ session, kind });
      return sent;
    } catch (error) {
      this.metrics.messagesFailed.inc({ session, kind, code: error instanceof GatewayError ? error.code : 'INTERNAL' });
      throw error;
    }
  }

  async #record(
    session: string,
    recipient: Recipient,
    sent: SentMessage,
    kind: MessageKind,
    content: SentContent = {},
    alongside?: RecordAlongside,
  ): Promise<void> {
    this.logger.info({ session, to: maskNumber(recipient.to), id: sent.id, kind }, 'message sent');
    // A number WhatsApp resolved to a LID sends under the LID: the message's id names it.
    const sentTo = sent.id.split('_')[1];
    if (sentTo !== undefined && isLid(sentTo) && !isLid(recipient.chatId) && !recipient.isGroup) {
      await this.lids.remember(sentTo, recipient.chatId).catch((error: unknown) => {
        this.logger.warn({ err: error }, 'could not keep the LID of a number');
      });
    }
    const record = {
      id: sent.id,
      session,
      chatId: recipient.chatId,
      kind,
      content: { ...content, isGroup: recipient.isGroup, sentAt: new Date(sent.timestamp * 1000) },
    };
    try {
      await this.messageLog.record(record, alongside && ((em) => alongside(em, sent)));
    } catch (error) {
      // The message has left: failing the request now would make the client send it again. A campaign's
      // record goes with its recipient's state, which its run settles once the database is back.
      if (isDatabaseUnavailable(error) && !alongside) {
        this.logger.warn({ id: sent.id, session }, 'message sent while the database is away; it is recorded once the database answers');
        void this.#recordWhenBack(record);
      } else this.logger.error({ err: error, id: sent.id }, 'message sent but not recorded; its status will be unknown');
    }
  }

  /** Records a sent message once the database answers again; its acks meanwhile wait with those of unrecorded messages. */
  async #recordWhenBack(record: SentMessageRecord): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      await this.options.waitForDatabase();
      try {
        await this.messageLog.record(record);
        return;
      } catch (error) {
        if (attempt < RECORD_ATTEMPTS && isDatabaseUnavailable(error)) continue;
        this.logger.error({ err: error, id: record.id }, 'message sent but not recorded; its status will be unknown');
        return;
      }
    }
  }
}
