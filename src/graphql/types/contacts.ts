import { z } from 'zod';
import type { ContactInfo, NumberCheck } from '../../domain/contacts.js';
import { chatIdInput, phoneInput } from '../../messaging/chat-inputs.js';
import { builder } from '../builder.js';
import { needsDriver } from '../field-policy.js';
import { sessionArgs, sessionValue } from '../session-argument.js';

const NumberCheckType = builder.objectRef<NumberCheck>('NumberCheck').implement({
  description: 'Whether a number is on WhatsApp, and the ids it has there',
  fields: (t) => ({
    exists: t.exposeBoolean('exists'),
    chatId: t.exposeString('chatId', { nullable: true, description: 'The chat id to message it at' }),
    lid: t.exposeString('lid', { nullable: true, description: 'Its LID (…@lid), where WhatsApp gives one' }),
  }),
});

const ContactType = builder.objectRef<ContactInfo>('Contact').implement({
  description: 'A WhatsApp user as the linked account sees them',
  fields: (t) => ({
    id: t.exposeString('id'),
    phone: t.exposeString('phone', { nullable: true }),
    lid: t.exposeString('lid', { nullable: true }),
    name: t.exposeString('name', { nullable: true, description: "As saved in the account's address book" }),
    pushname: t.exposeString('pushname', { nullable: true, description: 'As the user named themselves' }),
    isBusiness: t.exposeBoolean('isBusiness'),
    isBlocked: t.exposeBoolean('isBlocked'),
    about: t.exposeString('about', { nullable: true }),
    profilePicUrl: t.exposeString('profilePicUrl', { nullable: true }),
  }),
});

builder.queryFields((t) => ({
  checkNumber: t.field({
    type: NumberCheckType,
    description: 'Whether a number is on WhatsApp',
    extensions: needsDriver,
    args: t.validate({ phone: t.arg.string(), ...sessionArgs }, z.object({ phone: phoneInput, session: sessionValue })),
    resolve: (_root, { phone, session }, { services }) => services.contacts.check(session, phone),
  }),
  contact: t.field({
    type: ContactType,
    description: 'A user by chat id or number; NOT_FOUND when WhatsApp knows none',
    extensions: needsDriver,
    args: t.validate({ id: t.arg.string({ required: true }), ...sessionArgs }, z.object({ id: chatIdInput, session: sessionValue })),
    resolve: (_root, { id, session }, { services }) => services.contacts.find(session, id),
  }),
}));

builder.mutationField('blockContact', (t) =>
  t.field({
    type: ContactType,
    description: 'Blocks the user, or unblocks them with blocked: false',
    extensions: needsDriver,
    args: t.validate(
      { id: t.arg.string({ required: true }), blocked: t.arg.boolean({ defaultValue: true }), ...sessionArgs },
      z.object({ id: chatIdInput, blocked: z.boolean().nullish(), session: sessionValue }),
    ),
    resolve: (_root, { id, blocked, session }, { services }) => services.contacts.setBlocked(session, id, blocked ?? true),
  }),
);
