import { z } from 'zod';
import {
  sandboxAckInput,
  sandboxDisconnectInput,
  sandboxEditInput,
  sandboxGroupInput,
  sandboxInboundInput,
  sandboxLimitInput,
  sandboxReactionInput,
  sandboxRevokeInput,
  sandboxVoteInput,
} from '../../domain/sandbox-inputs.js';
import type { DeliveredMessage } from '../../whatsapp/sandbox/sent-log.js';
import { builder } from '../builder.js';
import { zodInputFields } from '../zod-input-fields.js';
import { needsDriver } from '../field-policy.js';
import { sessionArgs, sessionValue } from '../session-argument.js';
import { ClientStatusType } from './client.js';
import { DeliveryStatusEnum, DisconnectReasonEnum } from './enums.js';
import { GatewayEventInterface, LimitRefusalType, MessageEvent } from './events.js';
import { MessageEditEvent, MessageReactionEvent, MessageRevokeEvent, PollVoteEvent } from './chat-events.js';
import { ackStatuses } from '../../domain/acks.js';

const SandboxMessage = builder.objectRef<DeliveredMessage>('SandboxMessage').implement({
  description: 'A message the sandbox delivered',
  fields: (t) => ({
    id: t.exposeString('id'),
    session: t.exposeString('session', { description: 'The session that sent it' }),
    chatId: t.exposeString('chatId'),
    to: t.exposeString('to'),
    kind: t.exposeString('kind'),
    body: t.exposeString('body', { description: 'The text, or the caption of a media message' }),
    mimetype: t.string({ nullable: true, resolve: (m) => m.media?.mimetype ?? null }),
    filename: t.string({ nullable: true, resolve: (m) => m.media?.filename ?? null }),
    size: t.int({ nullable: true, resolve: (m) => m.media?.size ?? null }),
    timestamp: t.exposeInt('timestamp'),
    ack: t.exposeInt('ack'),
    status: t.field({ type: DeliveryStatusEnum, resolve: (m) => ackStatuses[m.ack] }),
    forwardedFrom: t.string({ nullable: true, description: 'The message it forwards', resolve: (m) => m.forwardedFrom ?? null }),
    replyTo: t.string({ nullable: true, description: 'The message it quotes, as a reply', resolve: (m) => m.replyTo ?? null }),
    mentions: t.stringList({ description: 'The chat ids it mentions', resolve: (m) => m.mentions ?? [] }),
    as: t.string({ nullable: true, description: 'How its file is shown: `voice`, `sticker` or `document`', resolve: (m) => m.as ?? null }),
    backgroundColor: t.string({
      nullable: true,
      description: "A text story's background colour (its chatId is status@broadcast)",
      resolve: (m) => m.story?.backgroundColor ?? null,
    }),
    font: t.int({ nullable: true, description: "A text story's font", resolve: (m) => m.story?.font ?? null }),
    viewOnce: t.boolean({ description: 'A photo or video the recipient could open once', resolve: (m) => m.viewOnce === true }),
    linkPreview: t.boolean({ description: 'false when sent without a preview of its first link', resolve: (m) => m.linkPreview !== false }),
    reaction: t.string({ nullable: true, description: "The account's reaction to it", resolve: (m) => m.reaction || null }),
    edited: t.boolean({ resolve: (m) => m.edited === true }),
    pinnedUntil: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'Until when the account pinned it',
      resolve: (m) => m.pinnedUntil ?? null,
    }),
    deleted: t.string({ nullable: true, description: '`for-me` or `for-everyone` once deleted', resolve: (m) => m.deleted ?? null }),
  }),
});

const SandboxLiftType = builder.objectRef<{ lifted: boolean }>('SandboxLimitLift').implement({
  fields: (t) => ({ lifted: t.exposeBoolean('lifted') }),
});

const SandboxInboundInput = builder.inputType('SandboxInboundInput', {
  fields: (t) => zodInputFields(t, sandboxInboundInput),
});

const SandboxReactionInput = builder.inputType('SandboxReactionInput', {
  fields: (t) => zodInputFields(t, sandboxReactionInput),
});

const SandboxEditInput = builder.inputType('SandboxEditInput', {
  fields: (t) => zodInputFields(t, sandboxEditInput),
});

const SandboxRevokeInput = builder.inputType('SandboxRevokeInput', {
  fields: (t) => zodInputFields(t, sandboxRevokeInput),
});

const SandboxVoteInput = builder.inputType('SandboxVoteInput', {
  fields: (t) => zodInputFields(t, sandboxVoteInput),
});

const SandboxGroupInput = builder.inputType('SandboxGroupInput', {
  fields: (t) => zodInputFields(t, sandboxGroupInput),
});

builder.queryField('sandboxOutbox', (t) =>
  t.field({
    type: [SandboxMessage],
    description: 'What the sandbox delivered, oldest first (sandbox driver only)',
    extensions: needsDriver,
    args: sessionArgs,
    resolve: (_root, { session }, { services }) => [...services.openSessions.sandbox(session).delivered()],
  }),
);

builder.mutationFields((t) => ({
  sandboxLink: t.field({
    type: ClientStatusType,
    description: 'Links the sandbox as if the QR code had been scanned (sandbox driver only)',
    extensions: needsDriver,
    args: sessionArgs,
    resolve: (_root, { session }, { services }) => {
      services.openSessions.sandbox(session).link();
      return services.openSessions.clientStatus(session);
    },
  }),
  sandboxInbound: t.field({
    type: MessageEvent,
    description: 'Delivers a message to the linked account, raising a `message` event (sandbox driver only)',
    extensions: needsDriver,
    args: t.validate(
      { input: t.arg({ type: SandboxInboundInput, required: true }), ...sessionArgs },
      z.object({ input: sandboxInboundInput, session: sessionValue }),
    ),
    resolve: (_root, { input, session }, { services }) => ({
      event: 'message' as const,
      session,
      timestamp: new Date(),
      data: services.openSessions.sandbox(session).inbound(input),
    }),
  }),
  sandboxReaction: t.field({
    type: MessageReactionEvent,
    description: 'Someone reacts to a message, raising `message_reaction` (sandbox driver only)',
    extensions: needsDriver,
    args: t.validate(
      { input: t.arg({ type: SandboxReactionInput, required: true }), ...sessionArgs },
      z.object({ input: sandboxReactionInput, session: sessionValue }),
    ),
    resolve: (_root, { input, session }, { services }) => ({
      event: 'message_reaction' as const,
      session,
      timestamp: new Date(),
      data: services.openSessions.sandbox(session).inboundReaction(input),
    }),
  }),
  sandboxEdit: t.field({
    type: MessageEditEvent,
    description: 'The sender of a received message changes it, raising `message_edit` (sandbox driver only)',
    extensions: needsDriver,
    args: t.validate(
      { input: t.arg({ type: SandboxEditInput, required: true }), ...sessionArgs },
      z.object({ input: sandboxEditInput, session: sessionValue }),
    ),
    resolve: (_root, { input, session }, { services }) => ({
      event: 'message_edit' as const,
      session,
      timestamp: new Date(),
      data: services.openSessions.sandbox(session).inboundEdit(input),
    }),
  }),
  sandboxRevoke: t.field({
    type: MessageRevokeEvent,
    description: 'The sender of a received message deletes it for everyone, raising `message_revoke` (sandbox driver only)',
    extensions: needsDriver,
    args: t.validate(
      { input: t.arg({ type: SandboxRevokeInput, required: true }), ...sessionArgs },
      z.object({ input: sandboxRevokeInput, session: sessionValue }),
    ),
    resolve: (_root, { input, session }, { services }) => ({
      event: 'message_revoke' as const,
      session,
      timestamp: new Date(),
      data: services.openSessions.sandbox(session).inboundRevoke(input),
    }),
  }),
  sandboxVote: t.field({
    type: PollVoteEvent,
    description: 'Someone answers a poll the account sent, raising `poll_vote` (sandbox driver only)',
    extensions: needsDriver,
    args: t.validate(
      { input: t.arg({ type: SandboxVoteInput, required: true }), ...sessionArgs },
      z.object({ input: sandboxVoteInput, session: sessionValue }),
    ),
    resolve: (_root, { input, session }, { services }) => ({
      event: 'poll_vote' as const,
      session,
      timestamp: new Date(),
      data: services.openSessions.sandbox(session).inboundVote(input),
    }),
  }),
  sandboxGroupChange: t.field({
    type: GatewayEventInterface,
    description:
      'People join or leave a group, or its subject or description changes: `group_join`, `group_leave` or `group_update` (sandbox driver only)',
    extensions: needsDriver,
    args: t.validate(
      { input: t.arg({ type: SandboxGroupInput, required: true }), ...sessionArgs },
      z.object({ input: sandboxGroupInput, session: sessionValue }),
    ),
    resolve: (_root, { input, session }, { services }) => ({
      ...services.openSessions.sandbox(session).groupChange(input),
      session,
      timestamp: new Date(),
    }),
  }),
  sandboxDisconnect: t.field({
    type: ClientStatusType,
    description: 'Drops the connection with a reason, as WhatsApp would (sandbox driver only)',
    extensions: needsDriver,
    args: t.validate(
      { reason: t.arg({ type: DisconnectReasonEnum }), ...sessionArgs },
      sandboxDisconnectInput.extend({ session: sessionValue }),
    ),
    resolve: (_root, { reason, session }, { services }) => {
      services.openSessions.sandbox(session).disconnect(reason);
      return services.openSessions.clientStatus(session);
    },
  }),
  sandboxLimit: t.field({
    type: LimitRefusalType,
    description:
      "WhatsApp limits the account: until `until` (or until lifted) messages to people who never wrote to it fail, as WhatsApp's limit on new contacts does (sandbox driver only)",
    extensions: needsDriver,
    args: t.validate({ until: t.arg.string(), ...sessionArgs }, sandboxLimitInput.extend({ session: sessionValue })),
    resolve: (_root, { until, session }, { services }) => services.openSessions.sandbox(session).limit(until ?? null),
  }),
  sandboxLiftLimit: t.field({
    type: SandboxLiftType,
    description: "WhatsApp lifts the account's limit; campaigns it paused resume if it had an end (sandbox driver only)",
    extensions: needsDriver,
    args: sessionArgs,
    resolve: async (_root, { session }, { services }) => {
      services.openSessions.sandbox(session).lift();
      await services.limits.lift(session);
      return { lifted: true };
    },
  }),
  sandboxAck: t.field({
    type: SandboxMessage,
    description: 'Acks a delivered message: 2 delivered, 3 read, 4 played, -1 failed (sandbox driver only)',
    extensions: needsDriver,
    args: t.validate({ id: t.arg.string(), ack: t.arg.int(), ...sessionArgs }, sandboxAckInput.extend({ session: sessionValue })),
    resolve: (_root, { id, ack, session }, { services }) => services.openSessions.sandbox(session).ack(id, ack),
  }),
}));
