import { z } from 'zod';
import { sandboxPendingInput } from '../../domain/sandbox-inputs.js';
import { builder } from '../builder.js';
import { needsDriver } from '../field-policy.js';
import { sessionArgs, sessionValue } from '../session-argument.js';
import { zodInputFields } from '../zod-input-fields.js';
import { eventType, GatewayEventInterface, subscriptionTo } from './events.js';

const MessagePendingEvent = eventType('message_pending').implement({
  description:
    'A message arrived that WhatsApp could not decrypt yet ("Waiting for this message"); the `message` event with the same id follows when the sender\'s phone sends it again',
  interfaces: [GatewayEventInterface],
  fields: (t) => ({
    id: t.string({ description: 'The id its `message` event will carry', resolve: (e) => e.data.id }),
    from: t.string({ description: 'Who sent it; in a group, its sender', resolve: (e) => e.data.from }),
    chatId: t.string({ resolve: (e) => e.data.chatId }),
    timestamp: t.int({ description: 'Unix seconds, as WhatsApp stamped the message', resolve: (e) => e.data.timestamp }),
  }),
});

const SandboxPendingInput = builder.inputType('SandboxPendingInput', {
  fields: (t) => zodInputFields(t, sandboxPendingInput),
});

builder.mutationFields((t) => ({
  sandboxInboundPending: t.field({
    type: MessagePendingEvent,
    description:
      'A message arrives that cannot be read yet, raising `message_pending`; sandboxInbound with its id as pendingId delivers it (sandbox driver only)',
    extensions: needsDriver,
    args: t.validate(
      { input: t.arg({ type: SandboxPendingInput, required: true }), ...sessionArgs },
      z.object({ input: sandboxPendingInput, session: sessionValue }),
    ),
    resolve: (_root, { input, session }, { services }) => ({
      event: 'message_pending' as const,
      session,
      timestamp: new Date(),
      data: services.openSessions.sandbox(session).inboundPending(input),
    }),
  }),
}));

builder.subscriptionFields((t) => ({
  messagePending: subscriptionTo(t, MessagePendingEvent, 'message_pending'),
}));
