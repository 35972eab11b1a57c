import { z } from 'zod';
import type { ChatLabels, Label } from '../../domain/labels.js';
import { chatIdInput } from '../../messaging/chat-inputs.js';
import { labelIdsInput } from '../../messaging/label-inputs.js';
import { builder } from '../builder.js';
import { needsDriver } from '../field-policy.js';
import { sessionArgs, sessionValue } from '../session-argument.js';
import { emittedAt, eventType, GatewayEventInterface, subscriptionTo } from './events.js';

/*
 * WhatsApp Business labels: an account that is not a business account is told so (BAD_USER_INPUT).
 */

export const LabelType = builder.objectRef<Label>('Label').implement({
  description: 'A WhatsApp Business label, which the account puts on chats to sort them',
  fields: (t) => ({
    id: t.exposeString('id'),
    name: t.exposeString('name'),
    color: t.exposeString('color', { description: 'As WhatsApp shows it, e.g. #ff9485' }),
  }),
});

const ChatLabelsType = builder.objectRef<ChatLabels>('ChatLabels').implement({
  description: 'The labels a chat has now',
  fields: (t) => ({
    chatId: t.exposeString('chatId'),
    labels: t.field({ type: [LabelType], resolve: (chat) => chat.labels }),
  }),
});

const ChatLabelsEvent = eventType('chat_labels').implement({
  description: "A chat's labels changed (through the gateway: WhatsApp Web does not say when the phone changes them)",
  interfaces: [GatewayEventInterface],
  fields: (t) => ({
    chatId: t.string({ resolve: (e) => e.data.chatId }),
    labels: t.field({ type: [LabelType], description: 'All the labels the chat has now', resolve: (e) => e.data.labels }),
    timestamp: t.field(emittedAt),
  }),
});

const chatArgs = { chatId: chatIdInput, session: sessionValue };

builder.queryFields((t) => ({
  labels: t.field({
    type: [LabelType],
    description: "The business account's labels",
    extensions: needsDriver,
    args: sessionArgs,
    resolve: (_root, { session }, { services }) => services.labels.list(session),
  }),
  chatLabels: t.field({
    type: [LabelType],
    description: "A chat's labels; NOT_FOUND for a chat the account does not have",
    extensions: needsDriver,
    args: t.validate({ chatId: t.arg.string({ required: true }), ...sessionArgs }, z.object(chatArgs)),
    resolve: (_root, { chatId, session }, { services }) => services.labels.ofChat(session, chatId),
  }),
}));

builder.mutationFields((t) => ({
  setChatLabels: t.field({
    type: ChatLabelsType,
    description: 'Gives the chat exactly these labels (an empty list takes them all off), raising `chat_labels`',
    extensions: needsDriver,
    args: t.validate(
      { chatId: t.arg.string({ required: true }), labelIds: t.arg.stringList({ required: true }), ...sessionArgs },
      z.object({ ...chatArgs, labelIds: labelIdsInput }),
    ),
    resolve: async (_root, { chatId, labelIds, session }, { services }) => ({
      chatId,
      labels: await services.labels.setOnChat(session, chatId, labelIds),
    }),
  }),
}));

builder.subscriptionFields((t) => ({
  chatLabels: subscriptionTo(t, ChatLabelsEvent, 'chat_labels'),
}));
