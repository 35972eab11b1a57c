import { z } from 'zod';
import type { MessageRecord } from '../../db/entities/message-record.js';
import { notFound } from '../../errors.js';
import { contactCardInput, sendContactInput, sendLocationInput, sendPollInput } from '../../messaging/rich-content-inputs.js';
import { sendMediaInput, sendTextInput } from '../../messaging/send-inputs.js';
import type { SendResult } from '../../messaging/messaging-service.js';
import { builder } from '../builder.js';
import { zodInputFields } from '../zod-input-fields.js';
import { sessionArgs, sessionValue } from '../session-argument.js';
import { IDEMPOTENCY_KEY_DESCRIPTION, idempotent, needsDriver, policies } from '../field-policy.js';
import { DeliveryStatusEnum, MessageKindEnum } from './enums.js';

export const SendResultType = builder.objectRef<SendResult>('SendResult').implement({
  description: 'A message WhatsApp accepted',
  fields: (t) => ({
    id: t.exposeString('id', { description: "WhatsApp's message id; pass it to messageStatus" }),
    timestamp: t.exposeInt('timestamp', { description: 'Unix seconds' }),
    to: t.exposeString('to'),
  }),
});

const MessageStatus = builder.objectRef<MessageRecord>('MessageStatus').implement({
  description: 'A sent message and how far it got',
  fields: (t) => ({
    id: t.exposeString('id'),
    session: t.exposeString('session'),
    chatId: t.exposeString('chatId'),
    kind: t.expose('kind', { type: MessageKindEnum }),
    status: t.expose('status', { type: DeliveryStatusEnum }),
    ack: t.exposeInt('ack', { description: "WhatsApp's ack level: -1 failed, 0 pending, 1 sent, 2 delivered, 3 read, 4 played" }),
    error: t.exposeString('error', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    deliveredAt: t.expose('deliveredAt', { type: 'DateTime', nullable: true }),
    readAt: t.expose('readAt', { type: 'DateTime', nullable: true }),
  }),
});

const SendTextInput = builder.inputType('SendTextInput', {
  description: 'A recipient (`phone` or `chatId`) and a text (`message` or `text`)',
  fields: (t) => zodInputFields(t, sendTextInput),
});

const SendMediaInput = builder.inputType('SendMediaInput', {
  description: 'A recipient and media from a URL or base64',
  fields: (t) => zodInputFields(t, sendMediaInput),
});

builder.mutationFields((t) => ({
  sendText: t.field({
    type: SendResultType,
    extensions: policies(idempotent, needsDriver),
    args: t.validate(
      {
        input: t.arg({ type: SendTextInput, required: true }),
        idempotencyKey: t.arg.string({ description: IDEMPOTENCY_KEY_DESCRIPTION }),
        ...sessionArgs,
      },
      z.object({ input: sendTextInput, session: sessionValue }),
    ),
    resolve: (_root, { input, session }, { services }) => services.messaging.sendText(session, input.recipient, input.text, input.options),
  }),
  sendMedia: t.field({
    type: SendResultType,
    extensions: policies(idempotent, needsDriver),
    args: t.validate(
      {
        input: t.arg({ type: SendMediaInput, required: true }),
        idempotencyKey: t.arg.string({ description: IDEMPOTENCY_KEY_DESCRIPTION }),
        ...sessionArgs,
      },
      z.object({ input: sendMediaInput, session: sessionValue }),
    ),
    resolve: (_root, { input, session }, { services }) =>
      services.messaging.sendMedia(session, input.recipient, input.source, {
        caption: input.caption,
        filename: input.filename,
        as: input.as,
        viewOnce: input.viewOnce,
        replyTo: input.replyTo,
        mentions: input.mentions,
      }),
  }),
}));

const SendLocationInput = builder.inputType('SendLocationInput', {
  description: 'A recipient and a place on the map',
  fields: (t) => zodInputFields(t, sendLocationInput),
});

const ContactCardInput = builder.inputType('ContactCardInput', {
  description: 'A person to share as a contact card',
  fields: (t) => zodInputFields(t, contactCardInput),
});

const SendContactInput = builder.inputType('SendContactInput', {
  description: 'A recipient and 1 to 20 contacts, sent as one message of contact cards (vCards)',
  fields: (t) => zodInputFields(t, sendContactInput, { contacts: [ContactCardInput] }),
});

const SendPollInput = builder.inputType('SendPollInput', {
  description: 'A recipient and a poll: a question and 2 to 12 different answers',
  fields: (t) => zodInputFields(t, sendPollInput),
});

/** A send of a location, contact cards or a poll: the same arguments and answer as sendText. */
function sendContentField(
  t: Parameters<Parameters<typeof builder.mutationFields>[0]>[0],
  type: typeof SendLocationInput | typeof SendContactInput | typeof SendPollInput,
  schema: typeof sendLocationInput | typeof sendContactInput | typeof sendPollInput,
  description: string,
) {
  return t.field({
    type: SendResultType,
    description,
    extensions: policies(idempotent, needsDriver),
    args: t.validate(
      {
        input: t.arg({ type, required: true }),
        idempotencyKey: t.arg.string({ description: IDEMPOTENCY_KEY_DESCRIPTION }),
        ...sessionArgs,
      },
      z.object({ input: schema, session: sessionValue }),
    ),
    resolve: (_root, { input, session }, { services }) => services.messaging.sendContent(session, input.recipient, input.content),
  });
}

builder.mutationFields((t) => ({
  sendLocation: sendContentField(
    t,
    SendLocationInput,
    sendLocationInput,
    'Sends a location: a pin on the map, with a name and address if given',
  ),
  sendContact: sendContentField(
    t,
    SendContactInput,
    sendContactInput,
    'Sends contact cards (vCards) that the recipient can save or message',
  ),
  sendPoll: sendContentField(t, SendPollInput, sendPollInput, 'Sends a poll; the votes arrive as poll_vote events'),
}));

builder.queryField('messageStatus', (t) =>
  t.field({
    type: MessageStatus,
    args: { id: t.arg.string({ required: true }), ...sessionArgs },
    resolve: async (_root, { id, session }, { services }) =>
      (await services.messageLog.find(id, session)) ?? Promise.reject(notFound('Message not found')),
  }),
);
