import { z } from 'zod';
import type { MessageRecord } from '../../db/entities/message-record.js';
import { notFound } from '../../errors.js';
import { sendContactInput, sendLocationInput, sendPollInput } from '../../messaging/rich-content-inputs.js';
import { sendMediaInput, sendTextInput } from '../../messaging/send-inputs.js';
import type { SendResult } from '../../messaging/messaging-service.js';
import { builder } from '../builder.js';
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
  fields: (t) => ({
    phone: t.string({ description: 'International format, e.g. 966501234567' }),
    chatId: t.string({ description: '966501234567@c.us, or a group id …@g.us' }),
    message: t.string(),
    text: t.string(),
    replyTo: t.string({ description: 'The id of the message to quote' }),
    mentions: t.stringList({ description: 'Numbers or chat ids of the people mentioned (write @966… in the text)' }),
  }),
});

const SendMediaInput = builder.inputType('SendMediaInput', {
  description: 'A recipient and media from a URL or base64',
  fields: (t) => ({
    phone: t.string(),
    chatId: t.string(),
    mediaUrl: t.string({ description: 'http or https; fetched by the gateway' }),
    mediaBase64: t.string({ description: 'The file itself; a data: URL works too' }),
    mimetype: t.string({ description: 'With mediaBase64, when the type cannot be told from the data' }),
    caption: t.string(),
    filename: t.string(),
    asVoice: t.boolean({ description: 'An audio file as a voice note' }),
    asSticker: t.boolean({ description: 'An image as a sticker' }),
    asDocument: t.boolean({ description: 'Any file as a document, not shown inline' }),
    replyTo: t.string({ description: 'The id of the message to quote' }),
    mentions: t.stringList({ description: 'Numbers or chat ids of the people mentioned' }),
  }),
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
    resolve: (_root, { input, session }, { services }) => services.messaging.sendText(session, input.recipient, input.text, input.context),
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
        replyTo: input.replyTo,
        mentions: input.mentions,
      }),
  }),
}));

const SendLocationInput = builder.inputType('SendLocationInput', {
  description: 'A recipient and a place on the map',
  fields: (t) => ({
    phone: t.string(),
    chatId: t.string(),
    latitude: t.float({ description: '-90 to 90' }),
    longitude: t.float({ description: '-180 to 180' }),
    name: t.string({ description: "The place's name, shown above the map" }),
    address: t.string(),
  }),
});

const ContactCardInput = builder.inputType('ContactCardInput', {
  description: 'A person to share as a contact card',
  fields: (t) => ({
    name: t.string({ required: true }),
    phone: t.string({ required: true, description: 'International format, e.g. 966501234567' }),
  }),
});

const SendContactInput = builder.inputType('SendContactInput', {
  description: 'A recipient and 1 to 20 contacts, sent as one message of contact cards (vCards)',
  fields: (t) => ({
    phone: t.string(),
    chatId: t.string(),
    contacts: t.field({ type: [ContactCardInput] }),
  }),
});

const SendPollInput = builder.inputType('SendPollInput', {
  description: 'A recipient and a poll: a question and 2 to 12 different answers',
  fields: (t) => ({
    phone: t.string(),
    chatId: t.string(),
    question: t.string(),
    options: t.stringList(),
    multipleAnswers: t.boolean({ description: 'Whether a voter may pick several answers (default false)' }),
  }),
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
