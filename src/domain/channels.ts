import { badInput } from '../errors.js';

/** What the account is to a channel, as WhatsApp says: only an owner or admin posts in it. */
export const channelRoles = ['owner', 'admin', 'subscriber', 'guest'] as const;
export type ChannelRole = (typeof channelRoles)[number];

/** A WhatsApp channel (a newsletter): one-way posts to whoever follows it. */
export interface Channel {
  /** `…@newsletter`. */
  id: string;
  name: string;
  description: string | null;
  role: ChannelRole;
  /** `https://whatsapp.com/channel/…`, where WhatsApp gave it. */
  inviteLink: string | null;
}

export const CHANNEL_ID = /^\d{6,40}@newsletter$/;

/** The channels a person sees as theirs: those they own, run or follow (a guest only looked at one). */
export const isOwnedOrFollowed = (channel: Channel) => channel.role !== 'guest';

/** Why the account cannot post in this channel, or undefined when it can. */
export function postRefusal(channel: Channel): string | undefined {
  return channel.role === 'owner' || channel.role === 'admin'
    ? undefined
    : `Only the channel's owner and admins post in it; this account is its ${channel.role}`;
}

/** What WhatsApp takes in a channel: photos, videos, GIFs, stickers and voice notes, not documents. */
export function channelMediaRefusal(mimetype: string): string | undefined {
  return /^(image|video|audio)\//.test(mimetype) ? undefined : `A channel takes photos, videos and voice notes; this file is ${mimetype}`;
}

export const cannotFollowOwn = () => badInput('The account owns this channel; an owner does not follow it');
