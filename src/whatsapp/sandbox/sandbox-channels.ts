import { badInput, notFound } from '../../errors.js';
import { cannotFollowOwn, isOwnedOrFollowed, postRefusal, type Channel } from '../../domain/channels.js';
import type { ChannelMessage, SentMessage } from '../driver.js';
import type { SandboxConnection } from './sandbox-connection.js';
import { messageKey, unixNow } from './sandbox-phone.js';
import type { SandboxWorld } from './sandbox-world.js';

/** A channel the sandbox account does not follow at first, to find and follow: WhatsApp's own. */
export const SANDBOX_PUBLIC_CHANNEL: Channel = {
  id: '120363000000000001@newsletter',
  name: 'WhatsApp',
  description: 'News and tips from WhatsApp',
  role: 'guest',
  inviteLink: 'https://whatsapp.com/channel/0029VaSandboxWhatsApp01',
};

/** The channels the sandbox account knows; its posts go to the outbox like its messages, each sent once. */
export class SandboxChannels {
  readonly #channels = new Map<string, Channel>([[SANDBOX_PUBLIC_CHANNEL.id, { ...SANDBOX_PUBLIC_CHANNEL }]]);
  #created = 0;

  constructor(
    private readonly connection: SandboxConnection,
    private readonly world: SandboxWorld,
    private readonly session: string,
  ) {}

  list(): Channel[] {
    this.connection.requireConnected();
    return [...this.#channels.values()].filter(isOwnedOrFollowed).map((channel) => ({ ...channel }));
  }

  find(channelId: string): Channel {
    this.connection.requireConnected();
    const channel = this.#channels.get(channelId);
    if (!channel) throw notFound('Channel not found');
    return channel;
  }

  create(name: string, description: string | undefined): Channel {
    this.connection.requireConnected();
    this.#created += 1;
    const key = `${Date.now()}${String(this.#created).padStart(4, '0')}`;
    const channel: Channel = {
      id: `120363${key}@newsletter`,
      name,
      description: description ?? null,
      role: 'owner',
      inviteLink: `https://whatsapp.com/channel/0029Va${key}`,
    };
    this.#channels.set(channel.id, channel);
    return { ...channel };
  }

  async post(channelId: string, message: ChannelMessage): Promise<SentMessage> {
    const channel = this.find(channelId);
    const refusal = postRefusal(channel);
    if (refusal) throw badInput(refusal);
    const id = `true_${channel.id}_${messageKey()}_out`;
    const timestamp = unixNow();
    await this.world.sentLog.append({
      id,
      session: this.session,
      chatId: channel.id,
      to: channel.id,
      timestamp,
      // A channel post is on WhatsApp's server once sent; no one's phone acknowledges it.
      ack: 1,
      ...('text' in message
        ? { kind: 'text', body: message.text }
        : {
            kind: 'media',
            body: message.caption ?? '',
            media: { mimetype: message.media.mimetype, filename: message.media.filename, size: message.media.data.byteLength },
          }),
    });
    if ('media' in message) this.world.keepFile(id, message.media);
    return { id, timestamp };
  }

  follow(channelId: string): void {
    const channel = this.find(channelId);
    if (channel.role === 'owner') throw cannotFollowOwn();
    if (channel.role === 'guest') channel.role = 'subscriber';
  }

  unfollow(channelId: string): void {
    const channel = this.find(channelId);
    if (channel.role === 'owner') throw badInput('The account owns this channel; an owner cannot unfollow it');
    if (channel.role === 'subscriber') channel.role = 'guest';
  }
}
