import { notFound } from '../../errors.js';
import type { SessionManager } from '../../sessions/session-manager.js';
import type { Media } from '../../whatsapp/driver.js';
import type { MediaCache } from './media-cache.js';

/** The files of sent and received messages: from the cache, else from WhatsApp (and then cached). */
export class MediaDownloads {
  constructor(
    private readonly openSessions: SessionManager,
    private readonly cache: MediaCache,
  ) {}

  async get(session: string, messageId: string): Promise<Media> {
    const cached = await this.cache.get(session, messageId);
    if (cached) return cached;
    const media = await this.openSessions.get(session).driver.downloadMedia(messageId);
    if (!media) throw notFound('The media is no longer on WhatsApp');
    await this.cache.put(session, messageId, media);
    return media;
  }
}
