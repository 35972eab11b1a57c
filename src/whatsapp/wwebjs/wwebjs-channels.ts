import { badInput, notFound } from '../../errors.js';
import { cannotFollowOwn, channelRoles, isOwnedOrFollowed, postRefusal, type Channel, type ChannelRole } from '../../domain/channels.js';
import type { ChannelMessage, SentMessage } from '../driver.js';
import type { WwebjsConnection } from './wwebjs-connection.js';
import type { WwebjsChannel, WwebjsClientFactory } from './wwebjs-client.js';
import type { WwebjsMessages } from './wwebjs-messages.js';

const roleOf = (membership: string | undefined): ChannelRole => channelRoles.find((role) => role === membership?.toLowerCase()) ?? 'guest';

const channelOf = (channel: WwebjsChannel): Channel => {
  const code = channel.channelMetadata?.inviteCode;
  return {
    id: channel.id._serialized,
    name: channel.name,
    description: channel.description || null,
    role: roleOf(channel.channelMetadata?.membershipType),
    inviteLink: code ? `https://whatsapp.com/channel/${code}` : null,
  };
};

/**
 * WhatsApp channels (newsletters), through whatsapp-web.js's Client.getChannels, createChannel,
 * subscribeToChannel, unsubscribeFromChannel and sendMessage to the channel's id.
 */
export class WwebjsChannels {
  constructor(
    private readonly conn: WwebjsConnection,
    private readonly messages: Pick<WwebjsMessages, 'sendTo'>,
    private readonly clients: Pick<WwebjsClientFactory, 'createMedia'>,
  ) {}

  async channels(): Promise<Channel[]> {
    return (await this.#known()).filter(isOwnedOrFollowed);
  }

  /** The channels WhatsApp Web holds are those the account owns, follows or has looked at. */
  async channel(channelId: string): Promise<Channel> {
    const channel = (await this.#known()).find((known) => known.id === channelId);
    if (!channel) throw notFound('Channel not found');
    return channel;
  }

  async createChannel(name: string, description?: string): Promise<Channel> {
    const created = await this.conn.call(
      () => this.conn.client().createChannel(name, description === undefined ? {} : { description }),
      'create the channel',
    );
    // whatsapp-web.js answers a refusal as text: "CreateChannelError: A channel creation is not enabled".
    if (typeof created === 'string') throw badInput(`WhatsApp refused to create the channel: ${created.replace(/^\w+Error: /, '')}`);
    return {
      id: created.nid._serialized,
      name: created.title,
      description: description ?? null,
      role: 'owner',
      inviteLink: created.inviteLink,
    };
  }

  async sendChannelMessage(channelId: string, message: ChannelMessage): Promise<SentMessage> {
    const refusal = postRefusal(await this.channel(channelId));
    if (refusal) throw badInput(refusal);
    if ('text' in message) return this.messages.sendTo(channelId, message.text);
    return this.messages.sendTo(channelId, this.clients.createMedia(message.media), {
      ...(message.caption !== undefined && { caption: message.caption }),
      // A channel takes audio only as a voice note.
      ...(message.media.mimetype.startsWith('audio/') && { sendAudioAsVoice: true }),
    });
  }

  async followChannel(channelId: string): Promise<void> {
    const known = (await this.#known()).find((channel) => channel.id === channelId);
    if (known?.role === 'owner') throw cannotFollowOwn();
    const followed = await this.conn.call(() => this.conn.client().subscribeToChannel(channelId), 'follow the channel');
    if (!followed) throw known ? badInput('WhatsApp refused to follow the channel') : notFound('Channel not found');
  }

  /** Keeps the channel in WhatsApp Web as one the account has looked at, as the sandbox does. */
  async unfollowChannel(channelId: string): Promise<void> {
    const channel = await this.channel(channelId);
    if (channel.role === 'owner') throw badInput('The account owns this channel; an owner cannot unfollow it');
    if (channel.role === 'guest') return;
    const unfollowed = await this.conn.call(
      () => this.conn.client().unsubscribeFromChannel(channelId, { deleteLocalModels: false }),
      'unfollow the channel',
    );
    if (!unfollowed) throw badInput('WhatsApp refused to unfollow the channel');
  }

  async #known(): Promise<Channel[]> {
    return (await this.conn.call(() => this.conn.client().getChannels(), 'list the channels')).map(channelOf);
  }
}
