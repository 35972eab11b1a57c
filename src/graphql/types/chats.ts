import { z } from 'zod';
import type { ChatChange } from '../../domain/chat-changes.js';
import { chatIdInput, muteInput, presenceInput } from '../../messaging/chat-inputs.js';
import { builder } from '../builder.js';
import type { GraphQLContext } from '../context.js';
import { needsDriver } from '../field-policy.js';
import { sessionArgs, sessionValue } from '../session-argument.js';

const ChatUpdateType = builder.objectRef<{ chatId: string }>('ChatUpdate').implement({
  description: 'A chat the account changed',
  fields: (t) => ({ chatId: t.exposeString('chatId') }),
});

const chatArgs = { chatId: chatIdInput, session: sessionValue };

async function change({ services }: GraphQLContext, session: string, chatId: string, what: ChatChange) {
  await services.messaging.updateChat(session, chatId, what);
  return { chatId };
}

builder.mutationFields((t) => ({
  markChatSeen: t.field({
    type: ChatUpdateType,
    description: 'Marks the chat read (blue ticks for its messages)',
    extensions: needsDriver,
    args: t.validate({ chatId: t.arg.string({ required: true }), ...sessionArgs }, z.object(chatArgs)),
    resolve: (_root, { chatId, session }, context) => change(context, session, chatId, { kind: 'seen' }),
  }),
  setChatPresence: t.field({
    type: ChatUpdateType,
    description: 'Shows the chat that the account is typing or recording a voice note; paused stops it',
    extensions: needsDriver,
    args: t.validate(
      { chatId: t.arg.string({ required: true }), state: t.arg.string(), ...sessionArgs },
      z.object({ ...chatArgs, ...presenceInput.shape }),
    ),
    resolve: (_root, { chatId, state, session }, context) => change(context, session, chatId, { kind: 'presence', state }),
  }),
  archiveChat: t.field({
    type: ChatUpdateType,
    description: 'Archives the chat, or unarchives it with archived: false',
    extensions: needsDriver,
    args: t.validate(
      { chatId: t.arg.string({ required: true }), archived: t.arg.boolean({ defaultValue: true }), ...sessionArgs },
      z.object({ ...chatArgs, archived: z.boolean().nullish() }),
    ),
    resolve: (_root, { chatId, archived, session }, context) => change(context, session, chatId, { kind: 'archive', on: archived ?? true }),
  }),
  pinChat: t.field({
    type: ChatUpdateType,
    description: 'Pins the chat to the top, or unpins it with pinned: false',
    extensions: needsDriver,
    args: t.validate(
      { chatId: t.arg.string({ required: true }), pinned: t.arg.boolean({ defaultValue: true }), ...sessionArgs },
      z.object({ ...chatArgs, pinned: z.boolean().nullish() }),
    ),
    resolve: (_root, { chatId, pinned, session }, context) => change(context, session, chatId, { kind: 'pin', on: pinned ?? true }),
  }),
  muteChat: t.field({
    type: ChatUpdateType,
    description: 'Mutes the chat until a time (for ever without one), or unmutes it with muted: false',
    extensions: needsDriver,
    args: t.validate(
      { chatId: t.arg.string({ required: true }), muted: t.arg.boolean({ defaultValue: true }), until: t.arg.string(), ...sessionArgs },
      z.object({ ...chatArgs, muted: z.boolean().nullish(), ...muteInput.shape }),
    ),
    resolve: (_root, { chatId, muted, until, session }, context) =>
      change(context, session, chatId, { kind: 'mute', on: muted ?? true, ...(until && { until }) }),
  }),
}));
