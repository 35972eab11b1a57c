import { z } from 'zod';
import { editInput, forwardInput, messageIdInput, pinInput, reactionInput } from '../../messaging/message-action-inputs.js';
import { builder } from '../builder.js';
import { zodInputFields } from '../zod-input-fields.js';
import { idempotent, IDEMPOTENCY_KEY_DESCRIPTION, needsDriver, policies } from '../field-policy.js';
import { sessionArgs, sessionValue } from '../session-argument.js';

interface MessageAction {
  id: string;
  /** Where a forward went. */
  to?: string;
  /** For a forward: the message it copies (`id` is the copy's). */
  forwardedFrom?: string;
}

const MessageActionType = builder.objectRef<MessageAction>('MessageAction').implement({
  description: 'A message the account acted on',
  fields: (t) => ({
    id: t.exposeString('id'),
    to: t.string({ nullable: true, description: 'Where it was forwarded to', resolve: (action) => action.to ?? null }),
    forwardedFrom: t.string({
      nullable: true,
      description: "For a forward, the message it copies; `id` is then the copy's own, whose delivery status can be followed",
      resolve: (action) => action.forwardedFrom ?? null,
    }),
  }),
});

const EditMessageInput = builder.inputType('EditMessageInput', {
  description: 'The new text (`text` or `message`)',
  fields: (t) => zodInputFields(t, editInput),
});

const ForwardMessageInput = builder.inputType('ForwardMessageInput', {
  description: 'Where to forward it: `phone` or `chatId`',
  fields: (t) => zodInputFields(t, forwardInput),
});

const idArg = { id: messageIdInput, session: sessionValue };

builder.mutationFields((t) => ({
  reactToMessage: t.field({
    type: MessageActionType,
    description: 'Reacts to a sent or received message with an emoji; "" removes the reaction',
    extensions: needsDriver,
    args: t.validate(
      { id: t.arg.string({ required: true }), emoji: t.arg.string(), ...sessionArgs },
      z.object({ ...idArg, ...reactionInput.shape }),
    ),
    resolve: async (_root, { id, emoji, session }, { services }) => {
      await services.messaging.react(session, id, emoji);
      return { id };
    },
  }),
  pinMessage: t.field({
    type: MessageActionType,
    description:
      "Pins a sent or received message at the top of its chat for 24 hours, 7 or 30 days; in a group, admins pin others' messages",
    extensions: needsDriver,
    args: t.validate(
      { id: t.arg.string({ required: true }), seconds: t.arg.int({ required: true }), ...sessionArgs },
      z.object({ ...idArg, ...pinInput.shape }),
    ),
    resolve: async (_root, { id, seconds, session }, { services }) => {
      await services.messaging.pin(session, id, seconds);
      return { id };
    },
  }),
  unpinMessage: t.field({
    type: MessageActionType,
    description: 'Unpins a pinned message',
    extensions: needsDriver,
    args: t.validate({ id: t.arg.string({ required: true }), ...sessionArgs }, z.object(idArg)),
    resolve: async (_root, { id, session }, { services }) => {
      await services.messaging.unpin(session, id);
      return { id };
    },
  }),
  editMessage: t.field({
    type: MessageActionType,
    description: "Changes the text of one of the account's own messages, within 15 minutes of sending it",
    extensions: needsDriver,
    args: t.validate(
      { id: t.arg.string({ required: true }), input: t.arg({ type: EditMessageInput, required: true }), ...sessionArgs },
      z.object({ ...idArg, input: editInput }),
    ),
    resolve: async (_root, { id, input, session }, { services }) => {
      await services.messaging.edit(session, id, input.text);
      return { id };
    },
  }),
  deleteMessage: t.field({
    type: MessageActionType,
    description: "Deletes a message here; with everyone, one of the account's own for everyone (within about 60 hours)",
    extensions: needsDriver,
    args: t.validate(
      { id: t.arg.string({ required: true }), everyone: t.arg.boolean({ defaultValue: false }), ...sessionArgs },
      z.object({ ...idArg, everyone: z.boolean().nullish() }),
    ),
    resolve: async (_root, { id, everyone, session }, { services }) => {
      await services.messaging.deleteMessage(session, id, everyone ?? false);
      return { id };
    },
  }),
  forwardMessage: t.field({
    type: MessageActionType,
    description: "Forwards a sent or received message to another chat; answers the copy's id",
    extensions: policies(idempotent, needsDriver),
    args: t.validate(
      {
        id: t.arg.string({ required: true }),
        input: t.arg({ type: ForwardMessageInput, required: true }),
        idempotencyKey: t.arg.string({ description: IDEMPOTENCY_KEY_DESCRIPTION }),
        ...sessionArgs,
      },
      z.object({ ...idArg, input: forwardInput }),
    ),
    resolve: (_root, { id, input, session }, { services }) => services.messaging.forward(session, id, input),
  }),
}));
