import { z } from 'zod';
import { sandboxCallInput } from '../../domain/sandbox-inputs.js';
import { requiredBoundedString, MAX_ID_LENGTH } from '../../domain/input-bounds.js';
import { builder } from '../builder.js';
import { needsDriver } from '../field-policy.js';
import { sessionArgs, sessionValue } from '../session-argument.js';
import { zodInputFields } from '../zod-input-fields.js';
import { emittedAt, eventType, GatewayEventInterface, subscriptionTo } from './events.js';

/*
 * Calls to the account: WhatsApp Web cannot answer them, only decline them.
 */

const CallEvent = eventType('call').implement({
  description: 'Someone calls the account; decline it with rejectCall (CALLS_AUTO_REJECT declines every call)',
  interfaces: [GatewayEventInterface],
  fields: (t) => ({
    id: t.string({ description: 'What rejectCall takes', resolve: (e) => e.data.id }),
    from: t.string({ description: "The caller's chat id", resolve: (e) => e.data.from }),
    isVideo: t.boolean({ resolve: (e) => e.data.isVideo }),
    isGroup: t.boolean({ resolve: (e) => e.data.isGroup }),
    timestamp: t.field(emittedAt),
  }),
});

const RejectedCallType = builder.objectRef<{ id: string }>('RejectedCall').implement({
  fields: (t) => ({ id: t.exposeString('id') }),
});

const callId = requiredBoundedString('id', MAX_ID_LENGTH, 'id is required: the id of a call')
  .trim()
  .min(1, 'id is required: the id of a call');

const SandboxCallInput = builder.inputType('SandboxCallInput', {
  fields: (t) => zodInputFields(t, sandboxCallInput),
});

builder.mutationFields((t) => ({
  rejectCall: t.field({
    type: RejectedCallType,
    description: 'Declines a call still ringing; NOT_FOUND once it is over',
    extensions: needsDriver,
    args: t.validate({ id: t.arg.string({ required: true }), ...sessionArgs }, z.object({ id: callId, session: sessionValue })),
    resolve: async (_root, { id, session }, { services }) => {
      await services.calls.reject(session, id);
      return { id };
    },
  }),
  sandboxInboundCall: t.field({
    type: CallEvent,
    description: 'Someone calls the account, raising `call` (sandbox driver only)',
    extensions: needsDriver,
    args: t.validate(
      { input: t.arg({ type: SandboxCallInput, required: true }), ...sessionArgs },
      z.object({ input: sandboxCallInput, session: sessionValue }),
    ),
    resolve: (_root, { input, session }, { services }) => ({
      event: 'call' as const,
      session,
      timestamp: new Date(),
      data: services.openSessions.sandbox(session).inboundCall(input),
    }),
  }),
}));

builder.subscriptionFields((t) => ({
  call: subscriptionTo(t, CallEvent, 'call'),
}));
