/** The chat WhatsApp posts Status updates (stories) to and receives them from. */
export const STORY_CHAT = 'status@broadcast';

/** WhatsApp's Status fonts, numbered as WhatsApp Web numbers them; 0 is its plain sans-serif. */
export const MAX_STORY_FONT = 7;

/** A text story's look: a background colour (#rrggbb) and one of WhatsApp's fonts. */
export interface StoryStyle {
  backgroundColor?: string;
  font?: number;
}

/** Someone the account can see posted a story, which WhatsApp shows for 24 hours. */
export interface InboundStory {
  id: string;
  /** Who posted it. */
  from: string;
  /** The LID `from` arrived as, where the gateway gives the number instead. */
  fromLid?: string;
  /** WhatsApp's message type: `chat` for a text, `image`, `video`, `audio`… */
  type: string;
  /** A text story's text, or a photo's or video's caption. */
  body: string;
  hasMedia: boolean;
  mimeType?: string;
  /** Unix seconds, as WhatsApp stamps it. */
  timestamp: number;
}

/** What WhatsApp takes as a story: photos, videos (GIFs too) and audio, not documents or stickers. */
export function storyMediaRefusal(mimetype: string): string | undefined {
  return /^(image|video|audio)\//.test(mimetype) ? undefined : `A story is a photo, a video or audio; this file is ${mimetype}`;
}

/** Why this message cannot be deleted as a story of the account's, or undefined when it can. */
export function storyDeleteRefusal(message: { fromMe: boolean; isStory: boolean }): string | undefined {
  if (!message.isStory) return 'That message is not a story; delete it through DELETE /api/messages/:id';
  if (!message.fromMe) return "Only the account's own stories can be deleted";
  return undefined;
}
