import { badInput } from '../../errors.js';
import { STORY_CHAT, storyDeleteRefusal, type InboundStory, type StoryStyle } from '../../domain/stories.js';
import type { Media, SentMessage } from '../driver.js';
import type { SandboxConnection } from './sandbox-connection.js';
import type { SandboxStory } from './sandbox-control.js';
import { messageKey, unixNow } from './sandbox-phone.js';
import { mediaType, recipientIn, type SandboxWorld } from './sandbox-world.js';
import type { DeliveredMessage } from './sent-log.js';

/** The sandbox account's Status: its own stories land in the outbox; others' arrive as `story` events. */
export class SandboxStories {
  constructor(
    private readonly connection: SandboxConnection,
    private readonly world: SandboxWorld,
    private readonly session: string,
  ) {}

  postText(text: string, style: StoryStyle): Promise<SentMessage> {
    return this.#post({ kind: 'text', body: text, story: style });
  }

  async postMedia(media: Media, caption: string | undefined): Promise<SentMessage> {
    const sent = await this.#post({
      kind: 'media',
      body: caption ?? '',
      media: { mimetype: media.mimetype, filename: media.filename, size: media.data.byteLength },
      story: {},
    });
    this.world.keepFile(sent.id, media);
    return sent;
  }

  delete(storyId: string): void {
    this.connection.requireConnected();
    const { sent, received } = this.world.known(storyId);
    const refusal = storyDeleteRefusal({
      fromMe: sent !== undefined,
      isStory: (sent?.chatId ?? received?.from) === STORY_CHAT,
    });
    if (refusal) throw badInput(refusal);
    sent!.deleted = 'for-everyone';
  }

  /** Kept like a received message, so its file is served at its media URL. */
  inbound({ from, body, mimeType, mediaBase64 }: SandboxStory): InboundStory {
    this.connection.requireConnected();
    const poster = recipientIn(from, 'from');
    if (poster.isGroup) throw badInput('from: a group does not post stories; give a person');
    const hasMedia = mimeType !== undefined;
    const story: InboundStory = {
      id: `false_${STORY_CHAT}_${messageKey()}_${poster.chatId}`,
      from: poster.chatId,
      type: hasMedia ? mediaType(mimeType) : 'chat',
      body,
      hasMedia,
      ...(hasMedia && { mimeType }),
      timestamp: unixNow(),
    };
    this.world.received.set(story.id, {
      id: story.id,
      from: STORY_CHAT,
      to: this.world.account.wid,
      author: poster.chatId,
      body: hasMedia ? '' : body,
      timestamp: story.timestamp,
      fromMe: false,
      hasMedia,
      type: story.type,
      isGroup: false,
      ...(hasMedia && { caption: body, mimeType }),
    });
    if (mediaBase64 && mimeType) this.world.keepFile(story.id, { data: mediaBase64, mimetype: mimeType });
    this.connection.events.emit('story', story);
    return story;
  }

  async #post(content: Pick<DeliveredMessage, 'kind' | 'body' | 'media' | 'story'>): Promise<SentMessage> {
    this.connection.requireConnected();
    const id = `true_${STORY_CHAT}_${messageKey()}_out`;
    const timestamp = unixNow();
    // A story is on WhatsApp's server once posted; who saw it is not acked message by message.
    await this.world.sentLog.append({ id, session: this.session, chatId: STORY_CHAT, to: STORY_CHAT, timestamp, ack: 1, ...content });
    return { id, timestamp };
  }
}
