import { z } from 'zod';
import { channelRoles, type Channel } from '../../domain/channels.js';
import { channelIdInput, channelMessageInput, createChannelInput } from '../../messaging/channel-inputs.js';
import type { SentMessage } from '../../whatsapp/driver.js';
import { builder } from '../builder.js';
import { IDEMPOTENCY_KEY_DESCRIPTION, idempotent, needsDriver, policies } from '../field-policy.js';
import { sessionArgs, sessionValue } from '../session-argument.js';
import { zodInputFields } from '../zod-input-fields.js';

/*
 * WhatsApp channels (newsletters): one-way posts to their followers.
 */

const ChannelRoleEnum = builder.enumType('ChannelRole', {
  description: 'What the account is to a channel: only its owner and admins post in it',
  values: channelRoles,
});

const ChannelType = builder.objectRef<Channel>('Channel').implement({
  description: 'A WhatsApp channel',
  fields: (t) => ({
    id: t.exposeString('id', { description: '…@newsletter' }),
    name: t.exposeString('name'),
    description: t.exposeString('description', { nullable: true }),
    role: t.expose('role', { type: ChannelRoleEnum }),
    inviteLink: t.exposeString('inviteLink', { nullable: true, description: 'https://whatsapp.com/channel/…, where WhatsApp gave it' }),
  }),
});

const ChannelPostType = builder.objectRef<SentMessage & { channelId: string }>('ChannelPost').implement({
  fields: (t) => ({
    id: t.exposeString('id'),
    channelId: t.exposeString('channelId'),
    timestamp: t.exposeInt('timestamp', { description: 'Unix seconds' }),
  }),
});

const CreateChannelInput = builder.inputType('CreateChannelInput', {
  fields: (t) => zodInputFields(t, createChannelInput),
});

const ChannelMessageInput = builder.inputType('ChannelMessageInput', {
  description: '`text`, or a photo, video or voice note (`mediaUrl` or `mediaBase64`) with its `caption`',
  fields: (t) => zodInputFields(t, channelMessageInput),
});

const channelArgs = z.object({ id: channelIdInput, session: sessionValue });

builder.queryFields((t) => ({
  channels: t.field({
    type: [ChannelType],
    description: 'The channels the account owns, runs or follows',
    extensions: needsDriver,
    args: sessionArgs,
    resolve: (_root, { session }, { services }) => services.channels.list(session),
  }),
  channel: t.field({
    type: ChannelType,
    description: 'A channel the account knows (owns, follows or has looked at); NOT_FOUND otherwise',
    extensions: needsDriver,
    args: t.validate({ id: t.arg.string({ required: true }), ...sessionArgs }, channelArgs),
    resolve: (_root, { id, session }, { services }) => services.channels.find(session, id),
  }),
}));

builder.mutationFields((t) => ({
  createChannel: t.field({
    type: ChannelType,
    description: 'A new channel the account owns',
    extensions: needsDriver,
    args: t.validate(
      { input: t.arg({ type: CreateChannelInput, required: true }), ...sessionArgs },
      z.object({ input: createChannelInput, session: sessionValue }),
    ),
    resolve: (_root, { input, session }, { services }) => services.channels.create(session, input.name, input.description),
  }),
  sendChannelMessage: t.field({
    type: ChannelPostType,
    description: 'Posts in a channel the account owns or runs',
    extensions: policies(idempotent, needsDriver),
    args: t.validate(
      {
        id: t.arg.string({ required: true }),
        input: t.arg({ type: ChannelMessageInput, required: true }),
        idempotencyKey: t.arg.string({ description: IDEMPOTENCY_KEY_DESCRIPTION }),
        ...sessionArgs,
      },
      z.object({ id: channelIdInput, input: channelMessageInput, session: sessionValue }),
    ),
    resolve: async (_root, { id, input, session }, { services }) => ({
      ...(await services.channels.post(session, id, input)),
      channelId: id,
    }),
  }),
  followChannel: t.field({
    type: ChannelType,
    extensions: needsDriver,
    args: t.validate({ id: t.arg.string({ required: true }), ...sessionArgs }, channelArgs),
    resolve: (_root, { id, session }, { services }) => services.channels.follow(session, id),
  }),
  unfollowChannel: t.field({
    type: ChannelType,
    extensions: needsDriver,
    args: t.validate({ id: t.arg.string({ required: true }), ...sessionArgs }, channelArgs),
    resolve: (_root, { id, session }, { services }) => services.channels.unfollow(session, id),
  }),
}));
