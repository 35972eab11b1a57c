import { z } from 'zod';
import { testMessageInput } from '../../messaging/send-inputs.js';
import type { MessagingService } from '../../messaging/messaging-service.js';
import { builder } from '../builder.js';
import { zodInputFields } from '../zod-input-fields.js';
import { sessionArgs, sessionValue } from '../session-argument.js';
import { anyKeyField, IDEMPOTENCY_KEY_DESCRIPTION, needsDriver, policies, strictAndIdempotent } from '../field-policy.js';
import { SendResultType } from './messages.js';

const TestNumberInfo = builder.objectRef<ReturnType<MessagingService['testNumber']>>('TestNumberInfo').implement({
  description: 'Whether TEST_PHONE_NUMBER is set; the number itself is never shown',
  fields: (t) => ({
    configured: t.exposeBoolean('configured'),
    message: t.exposeString('message'),
    phoneNumberMasked: t.exposeString('phoneNumberMasked', { nullable: true, description: '*** and the last four digits' }),
  }),
});

const TestMessageInput = builder.inputType('TestMessageInput', {
  fields: (t) => zodInputFields(t, testMessageInput),
});

builder.queryField('testNumber', (t) =>
  t.field({
    type: TestNumberInfo,
    description: "The gateway's setting, whichever session asks",
    extensions: anyKeyField,
    args: sessionArgs,
    resolve: (_root, _args, { services }) => services.messaging.testNumber(),
  }),
);

builder.mutationField('sendTestMessage', (t) =>
  t.field({
    type: SendResultType,
    description: 'Sends to TEST_PHONE_NUMBER; the response hides the number',
    extensions: policies(strictAndIdempotent, needsDriver),
    args: t.validate(
      {
        input: t.arg({ type: TestMessageInput }),
        idempotencyKey: t.arg.string({ description: IDEMPOTENCY_KEY_DESCRIPTION }),
        ...sessionArgs,
      },
      z.object({ input: testMessageInput.nullish().transform((v) => v ?? testMessageInput.parse({})), session: sessionValue }),
    ),
    resolve: (_root, { input, session }, { services }) => services.messaging.sendTestMessage(session, input.message),
  }),
);
