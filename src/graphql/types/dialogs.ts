import { z } from 'zod';
import { sandboxDialogInput } from '../../domain/sandbox-inputs.js';
import { dialogAnswerInput } from '../../sessions/session-inputs.js';
import { builder } from '../builder.js';
import { needsDriver } from '../field-policy.js';
import { sessionArgs, sessionValue } from '../session-argument.js';
import { zodInputFields } from '../zod-input-fields.js';
import { ClientStatusType } from './client.js';
import { emittedAt, eventType, GatewayEventInterface, subscriptionTo } from './events.js';

/*
 * Dialogs WhatsApp Web shows over its page: the gateway acknowledges announcements itself; any other waits
 * for a person, with the session ACTION_REQUIRED, and is answered here.
 */

const DialogEvent = eventType('dialog').implement({
  description:
    'WhatsApp Web showed a dialog: an announcement the gateway acknowledged (`answered`), or one that waits for a person (`answered` null, the session ACTION_REQUIRED until answerDialog)',
  interfaces: [GatewayEventInterface],
  fields: (t) => ({
    text: t.string({ description: 'What it says', resolve: (e) => e.data.text }),
    buttons: t.stringList({ description: 'Its button labels', resolve: (e) => e.data.buttons }),
    answered: t.string({
      nullable: true,
      description: 'The button the gateway pressed; null when the dialog waits for a person',
      resolve: (e) => e.data.answered,
    }),
    timestamp: t.field(emittedAt),
  }),
});

const SandboxDialogInput = builder.inputType('SandboxDialogInput', {
  fields: (t) => zodInputFields(t, sandboxDialogInput),
});

builder.mutationFields((t) => ({
  answerDialog: t.field({
    type: ClientStatusType,
    description:
      'Presses a button of the dialog WhatsApp Web shows (the session is ACTION_REQUIRED); NOT_FOUND when none waits, BAD_USER_INPUT for a button it does not have',
    extensions: needsDriver,
    args: t.validate(
      { button: t.arg.string({ required: true }), ...sessionArgs },
      z.object({ button: dialogAnswerInput.shape.button, session: sessionValue }),
    ),
    resolve: (_root, { button, session }, { services }) => services.openSessions.answerDialog(session, button),
  }),
  sandboxDialog: t.field({
    type: DialogEvent,
    description:
      'WhatsApp Web shows a dialog, raising `dialog`: an announcement is acknowledged at once, anything else makes the session ACTION_REQUIRED until answerDialog (sandbox driver only)',
    extensions: needsDriver,
    args: t.validate(
      { input: t.arg({ type: SandboxDialogInput, required: true }), ...sessionArgs },
      z.object({ input: sandboxDialogInput, session: sessionValue }),
    ),
    resolve: (_root, { input, session }, { services }) => ({
      event: 'dialog' as const,
      session,
      timestamp: new Date(),
      data: services.openSessions.sandbox(session).showDialog(input),
    }),
  }),
}));

builder.subscriptionFields((t) => ({
  dialog: subscriptionTo(t, DialogEvent, 'dialog'),
}));
