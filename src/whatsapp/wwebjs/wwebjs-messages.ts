import { badInput, GatewayError, notFound, sendMayHaveLeft } from '../../errors.js';
import type { Recipient } from '../../domain/phone-number.js';
import {
  kindOfType,
  type MediaPresentation,
  type MessageContext,
  type RichContent,
  type TextOptions,
} from '../../domain/message-content.js';
import { editRefusal, revokeRefusal } from '../../domain/message-actions.js';
import type { ForwardedMessage, Media, MediaOptions, SentMessage } from '../driver.js';
import { isNoLidError } from './wwebjs-mapping.js';
import type { WwebjsConnection } from './wwebjs-connection.js';
import type { WwebjsLookups } from './wwebjs-lookups.js';
import type { WwebjsClientFactory, WwebjsMedia, WwebjsMessage, WwebjsObject, WwebjsSendOptions } from './wwebjs-client.js';
import { isTimeout } from './wwebjs-errors.js';

/** How whatsapp-web.js is told to show a file other than as itself. */
const presentationOptions: Record<MediaPresentation, WwebjsSendOptions> = {
  voice: { sendAudioAsVoice: true },
  sticker: { sendMediaAsSticker: true },
  document: { sendMediaAsDocument: true },
};

/** How many of a chat's latest messages are searched for a forward's copy. */
const FORWARD_LOOKBACK = 20;

const forwardedUnseen = () =>
  new GatewayError(
    'UPSTREAM_FAILED',
    'WhatsApp forwarded the message but did not show the copy; look in the chat before forwarding again',
    {
      uncertain: true,
    },
  );

/** Whatever sendMessage sends: a text, a file, or a location, poll or contact card. */
type WwebjsContent = string | WwebjsMedia | WwebjsObject;

/** Sending, and what is done to a message once sent or received: react, edit, delete, forward, download. */
export class WwebjsMessages {
  constructor(
    private readonly conn: WwebjsConnection,
    private readonly lookups: WwebjsLookups,
    private readonly clients: Pick<WwebjsClientFactory, 'createMedia' | 'createContent'>,
  ) {}

  async sendText(recipient: Recipient, text: string, { linkPreview, ...context }: TextOptions = {}): Promise<SentMessage> {
    return this.#send(recipient, text, { ...(linkPreview === false && { linkPreview }), ...(await this.#contextOptions(context)) });
  }

  async sendMedia(recipient: Recipient, media: Media, { caption, as, viewOnce, ...context }: MediaOptions): Promise<SentMessage> {
    return this.#send(recipient, this.clients.createMedia(media), {
      ...(caption !== undefined && { caption }),
      ...(as && presentationOptions[as]),
      ...(viewOnce && { isViewOnce: true }),
      ...(await this.#contextOptions(context)),
    });
  }

  sendContent(recipient: Recipient, content: RichContent): Promise<SentMessage> {
    const outbound = this.clients.createContent(content);
    return this.#send(recipient, outbound.content, outbound.options);
  }

  async react(messageId: string, emoji: string): Promise<void> {
    const message = await this.lookups.message(messageId);
    await this.conn.call(() => message.react(emoji), 'react to the message');
  }

  /** whatsapp-web.js's Message.pin(seconds) and unpin() answer whether WhatsApp took the change. */
  async pin(messageId: string, seconds: number): Promise<void> {
    const message = await this.lookups.message(messageId);
    if (!(await this.conn.call(() => message.pin(seconds), 'pin the message'))) throw badInput('WhatsApp refused to pin the message');
  }

  async unpin(messageId: string): Promise<void> {
    const message = await this.lookups.message(messageId);
    if (!(await this.conn.call(() => message.unpin(), 'unpin the message'))) throw badInput('WhatsApp refused to unpin the message');
  }

  async edit(messageId: string, text: string): Promise<void> {
    const message = await this.lookups.message(messageId);
    const refusal = editRefusal(message);
    if (refusal) throw badInput(refusal);
    if ((await this.conn.call(() => message.edit(text), 'edit the message')) === null) throw badInput('WhatsApp refused the edit');
  }

  async deleteMessage(messageId: string, { everyone }: { everyone: boolean }): Promise<void> {
    const message = await this.lookups.message(messageId);
    const refusal = everyone ? revokeRefusal(message) : undefined;
    if (refusal) throw badInput(refusal);
    await this.conn.call(() => message.delete(everyone), 'delete the message');
  }

  /**
   * whatsapp-web.js's forward answers nothing, so the copy is found in the chat afterwards: the account's
   * one forwarded message there that was not there before.
   */
  async forward(messageId: string, recipient: Recipient): Promise<ForwardedMessage> {
    const message = await this.lookups.message(messageId);
    const chatId = recipient.isGroup ? recipient.chatId : await this.#chatIdOf(recipient, false);
    const before = new Set((await this.#latestIn(chatId)).map((m) => m.id._serialized));
    await this.conn.call(() => message.forward(chatId), 'forward the message');
    const copy = (await this.#latestIn(chatId)).findLast((m) => m.fromMe && m.isForwarded === true && !before.has(m.id._serialized));
    if (!copy) throw forwardedUnseen();
    return { id: copy.id._serialized, timestamp: copy.timestamp, kind: kindOfType(message.type) };
  }

  async downloadMedia(messageId: string): Promise<Media | null> {
    const message = await this.lookups.message(messageId);
    if (!message.hasMedia) throw notFound('That message has no media');
    const media = await this.conn.call(() => message.downloadMedia(), 'download the media');
    if (!media) return null;
    return {
      data: Buffer.from(media.data, 'base64'),
      mimetype: media.mimetype,
      ...((media.filename ?? message._data?.filename) && { filename: (media.filename ?? message._data?.filename)! }),
    };
  }

  /** A chat's latest messages; none for a chat the account does not have yet (a forward creates it). */
  async #latestIn(chatId: string): Promise<WwebjsMessage[]> {
    let chat;
    try {
      chat = await this.lookups.chatNamed(chatId);
    } catch (error) {
      if (error instanceof GatewayError && error.code === 'NOT_FOUND') return [];
      throw error;
    }
    return this.conn.call(() => chat.fetchMessages({ limit: FORWARD_LOOKBACK }), 'read the chat');
  }

  /** whatsapp-web.js's options for a reply (the quoted message must exist: NOT_FOUND otherwise) and mentions. */
  async #contextOptions({ replyTo, mentions }: MessageContext): Promise<WwebjsSendOptions> {
    if (replyTo !== undefined) await this.lookups.message(replyTo);
    return { ...(replyTo !== undefined && { quotedMessageId: replyTo }), ...(mentions?.length && { mentions }) };
  }

  /**
   * Sends to the id getNumberId gave. "No LID for user" means that id is stale for a LID-migrated account:
   * resolve again, bypassing the cache, and try once more.
   */
  async #send(recipient: Recipient, content: WwebjsContent, options: WwebjsSendOptions): Promise<SentMessage> {
    const chatId = await this.#chatIdOf(recipient, false);
    try {
      return await this.sendTo(chatId, content, options);
    } catch (error) {
      if (recipient.isGroup || !isNoLidError(error)) throw this.conn.failure(error, 'WhatsApp refused the message');
      this.conn.log.info({ to: recipient.chatId }, 'No LID for user: resolving the number again and retrying once');
      const fresh = await this.#chatIdOf(recipient, true);
      try {
        return await this.sendTo(fresh, content, options);
      } catch (retryError) {
        throw this.conn.failure(retryError, 'WhatsApp refused the message');
      }
    }
  }

  async #chatIdOf(recipient: Recipient, fresh: boolean): Promise<string> {
    const chatId = await this.conn.call(() => this.conn.numbers.resolve(recipient, { fresh }), 'look up the number');
    if (chatId === null) throw badInput(`${recipient.to} is not on WhatsApp`);
    return chatId;
  }

  /**
   * Sends to a chat id as it is (a chat, a channel, Status). whatsapp-web.js answers null, having only
   * warned, for what a channel or Status does not take: nothing left.
   */
  async sendTo(chatId: string, content: WwebjsContent, options: WwebjsSendOptions = {}): Promise<SentMessage> {
    const client = this.conn.client();
    let message: WwebjsMessage | null;
    try {
      message = await client.sendMessage(chatId, content, options);
    } catch (error) {
      // Once sendMessage has begun, a connection that drops (or a call that times out) may come after
      // WhatsApp took the message: saying "not ready" would get it sent again.
      if (!isNoLidError(error) && (this.conn.state() !== 'CONNECTED' || isTimeout(error))) throw sendMayHaveLeft(error);
      throw error;
    }
    if (!message) throw badInput('WhatsApp did not take this kind of message here');
    return { id: message.id._serialized, timestamp: message.timestamp };
  }
}
