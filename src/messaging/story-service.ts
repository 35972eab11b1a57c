import { storyMediaRefusal, type StoryStyle } from '../domain/stories.js';
import { badInput, clientNotReady } from '../errors.js';
import type { SessionManager } from '../sessions/session-manager.js';
import type { SentMessage } from '../whatsapp/driver.js';
import type { MediaFetchPolicy } from './media/fetch-media.js';
import { loadMedia, type MediaSource } from './media/load-media.js';

/** A session's account's Status: its stories, which WhatsApp shows its contacts for 24 hours. */
export class StoryService {
  constructor(
    private readonly openSessions: SessionManager,
    private readonly media: MediaFetchPolicy,
  ) {}

  postText(session: string, text: string, style: StoryStyle): Promise<SentMessage> {
    return this.openSessions.get(session).driver.postTextStory(text, style);
  }

  async postMedia(session: string, source: MediaSource, caption?: string): Promise<SentMessage> {
    const { driver } = this.openSessions.get(session);
    // Refuse early, before a download that could not be posted anyway.
    if (driver.state() !== 'CONNECTED') throw clientNotReady();
    const media = await loadMedia(source, {}, this.media);
    const refusal = storyMediaRefusal(media.mimetype);
    if (refusal) throw badInput(refusal);
    return driver.postMediaStory(media, caption);
  }

  async delete(session: string, storyId: string): Promise<void> {
    await this.openSessions.get(session).driver.deleteStory(storyId);
  }
}
