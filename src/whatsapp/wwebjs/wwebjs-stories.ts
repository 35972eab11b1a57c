import { badInput } from '../../errors.js';
import { STORY_CHAT, storyDeleteRefusal, type StoryStyle } from '../../domain/stories.js';
import type { Media, SentMessage } from '../driver.js';
import type { WwebjsConnection } from './wwebjs-connection.js';
import type { WwebjsClientFactory } from './wwebjs-client.js';
import type { WwebjsLookups } from './wwebjs-lookups.js';
import type { WwebjsMessages } from './wwebjs-messages.js';

/**
 * The account's Status, through whatsapp-web.js: sendMessage to status@broadcast (a text's colour and font as
 * its `extra` backgroundColor and fontStyle) and Client.revokeStatusMessage.
 */
export class WwebjsStories {
  constructor(
    private readonly conn: WwebjsConnection,
    private readonly lookups: WwebjsLookups,
    private readonly messages: Pick<WwebjsMessages, 'sendTo'>,
    private readonly clients: Pick<WwebjsClientFactory, 'createMedia'>,
  ) {}

  postTextStory(text: string, { backgroundColor, font }: StoryStyle): Promise<SentMessage> {
    const extra = { ...(backgroundColor !== undefined && { backgroundColor }), ...(font !== undefined && { fontStyle: font }) };
    return this.messages.sendTo(STORY_CHAT, text, Object.keys(extra).length > 0 ? { extra } : {});
  }

  postMediaStory(media: Media, caption?: string): Promise<SentMessage> {
    return this.messages.sendTo(STORY_CHAT, this.clients.createMedia(media), caption === undefined ? {} : { caption });
  }

  /** revokeStatusMessage answers nothing for a message it cannot find, so the message is looked up first. */
  async deleteStory(storyId: string): Promise<void> {
    const message = await this.lookups.message(storyId);
    const refusal = storyDeleteRefusal({ fromMe: message.fromMe, isStory: message.isStatus === true });
    if (refusal) throw badInput(refusal);
    await this.conn.call(() => this.conn.client().revokeStatusMessage(storyId), 'delete the story');
  }
}
