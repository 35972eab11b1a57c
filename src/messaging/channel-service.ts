import { channelMediaRefusal, type Channel } from '../domain/channels.js';
import { badInput, clientNotReady } from '../errors.js';
import type { SessionManager } from '../sessions/session-manager.js';
import type { SentMessage } from '../whatsapp/driver.js';
import type { MediaFetchPolicy } from './media/fetch-media.js';
import { loadMedia, type MediaSource } from './media/load-media.js';

/** A post as given: a text, or a file (fetched or decoded here) with its caption. */
export type ChannelPostInput = { text: string } | { source: MediaSource; caption?: string };

/** The WhatsApp channels a session's account owns, runs or follows, and its posts in them. */
export class ChannelService {
  constructor(
    private readonly openSessions: SessionManager,
    private readonly media: MediaFetchPolicy,
  ) {}

  list(session: string): Promise<Channel[]> {
    return this.openSessions.get(session).driver.channels();
  }

  find(session: string, channelId: string): Promise<Channel> {
    return this.openSessions.get(session).driver.channel(channelId);
  }

  create(session: string, name: string, description?: string): Promise<Channel> {
    return this.openSessions.get(session).driver.createChannel(name, description);
  }

  async post(session: string, channelId: string, post: ChannelPostInput): Promise<SentMessage> {
    const { driver } = this.openSessions.get(session);
    if ('text' in post) return driver.sendChannelMessage(channelId, { text: post.text });
    // Refuse early, before a download that could not be posted anyway.
    if (driver.state() !== 'CONNECTED') throw clientNotReady();
    const media = await loadMedia(post.source, {}, this.media);
    const refusal = channelMediaRefusal(media.mimetype);
    if (refusal) throw badInput(refusal);
    return driver.sendChannelMessage(channelId, { media, ...(post.caption !== undefined && { caption: post.caption }) });
  }

  async follow(session: string, channelId: string): Promise<Channel> {
    const { driver } = this.openSessions.get(session);
    await driver.followChannel(channelId);
    return driver.channel(channelId);
  }

  async unfollow(session: string, channelId: string): Promise<Channel> {
    const { driver } = this.openSessions.get(session);
    await driver.unfollowChannel(channelId);
    return driver.channel(channelId);
  }
}
