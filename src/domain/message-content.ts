/** What a sent message carries, as its record and the metrics name it. */
export const messageKinds = ['text', 'media', 'location', 'contact', 'poll'] as const;
export type MessageKind = (typeof messageKinds)[number];

/** What a message of WhatsApp's type carries, as the gateway counts and records messages. */
export function kindOfType(type: string): MessageKind {
  if (type === 'chat') return 'text';
  if (type === 'location') return 'location';
  if (type === 'vcard' || type === 'multi_vcard') return 'contact';
  if (type === 'poll_creation') return 'poll';
  return 'media';
}

/** WhatsApp's type of a message the account sends, as a received one of the same content would have. */
export function typeOfSent(kind: MessageKind, file?: { mimetype: string; as?: MediaPresentation | undefined }): string {
  switch (kind) {
    case 'text':
      return 'chat';
    case 'location':
      return 'location';
    case 'contact':
      return 'vcard';
    case 'poll':
      return 'poll_creation';
    case 'media': {
      if (file?.as === 'voice') return 'ptt';
      if (file?.as === 'sticker') return 'sticker';
      const family = file?.mimetype.split('/')[0];
      return file?.as !== 'document' && (family === 'image' || family === 'video' || family === 'audio') ? family : 'document';
    }
  }
}

/** How a text or file relates to other messages: the one it quotes, and the people it mentions (chat ids). */
export interface MessageContext {
  replyTo?: string;
  mentions?: string[];
}

/** A text's context, and whether WhatsApp shows a preview of the first link in it (it does unless told not to). */
export interface TextOptions extends MessageContext {
  linkPreview?: boolean;
}

/** How a file is shown instead of as itself: an audio as a voice note, an image as a sticker, any file as a document. */
export type MediaPresentation = 'voice' | 'sticker' | 'document';

/** How a file is shown: as something else, or (a photo or video) once only, after which WhatsApp hides it. */
export interface MediaShowing {
  as?: MediaPresentation;
  viewOnce?: boolean;
}

/** Why a file cannot be shown so, or undefined when it can. */
export function presentationRefusal({ as, viewOnce }: MediaShowing, mimetype: string): string | undefined {
  if (as === 'voice' && !mimetype.startsWith('audio/')) return `asVoice needs an audio file; this one is ${mimetype}`;
  if (as === 'sticker' && !mimetype.startsWith('image/')) return `asSticker needs an image; this one is ${mimetype}`;
  if (viewOnce && !/^(image|video)\//.test(mimetype)) return `viewOnce needs a photo or a video; this one is ${mimetype}`;
  return undefined;
}

export interface Location {
  latitude: number;
  longitude: number;
  /** A place's name, shown above the map. */
  name?: string;
  address?: string;
}

/** A person to share, as a contact card. */
export interface ContactCard {
  name: string;
  /** International digits, e.g. 966501234567. */
  phone: string;
}

export interface Poll {
  question: string;
  /** 2 to 12 options, as WhatsApp allows. */
  options: string[];
  multipleAnswers: boolean;
}

/** A message that is neither a text nor a file, as every driver sends it. */
export type RichContent =
  { kind: 'location'; location: Location } | { kind: 'contact'; contacts: ContactCard[] } | { kind: 'poll'; poll: Poll };

const escapeVCard = (value: string) =>
  value
    .replace(/\\/g, '\\\\')
    .replace(/([,;])/g, '\\$1')
    .replace(/\n/g, '\\n');

/**
 * A contact as a vCard 3.0, the form WhatsApp shares contacts in: `waid` makes the number a WhatsApp
 * contact the recipient can message with one tap.
 */
export function vCardOf({ name, phone }: ContactCard): string {
  return ['BEGIN:VCARD', 'VERSION:3.0', `FN:${escapeVCard(name)}`, `TEL;type=CELL;type=VOICE;waid=${phone}:+${phone}`, 'END:VCARD'].join(
    '\n',
  );
}

/** A line of text for the content, where a log or the sandbox's outbox shows a message as text. */
export function describeContent(content: RichContent): string {
  switch (content.kind) {
    case 'location': {
      const { latitude, longitude, name } = content.location;
      return `${name ? `${name} ` : ''}(${latitude}, ${longitude})`;
    }
    case 'contact':
      return content.contacts.map((contact) => `${contact.name} +${contact.phone}`).join(', ');
    case 'poll':
      return `${content.poll.question} [${content.poll.options.join(' / ')}]`;
  }
}
