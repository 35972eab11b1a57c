import { z } from 'zod';
import type { BulkItemResult, BulkResult } from '../../campaigns/bulk-send-service.js';
import { bulkRecipient, sendBulkInput } from '../../campaigns/bulk-inputs.js';
import { builder } from '../builder.js';
import { zodInputFields } from '../zod-input-fields.js';
import { sessionArgs, sessionValue } from '../session-argument.js';
import { IDEMPOTENCY_KEY_DESCRIPTION, needsDriver, policies, strictAndIdempotent } from '../field-policy.js';

const BulkRecipientResult = builder.objectRef<BulkItemResult>('BulkRecipientResult').implement({
  fields: (t) => ({
    phone: t.exposeString('phone', { description: 'The recipient as given' }),
    status: t.exposeString('status', { description: '`sent` or `failed`' }),
    messageId: t.string({ nullable: true, resolve: (r) => (r.status === 'sent' ? r.messageId : null) }),
    error: t.string({ nullable: true, resolve: (r) => (r.status === 'failed' ? r.error : null) }),
  }),
});

const BulkResultType = builder.objectRef<BulkResult>('BulkResult').implement({
  fields: (t) => ({
    total: t.exposeInt('total'),
    sent: t.exposeInt('sent'),
    failed: t.exposeInt('failed'),
    results: t.expose('results', { type: [BulkRecipientResult] }),
  }),
});

const BulkRecipientInput = builder.inputType('BulkRecipientInput', {
  fields: (t) => zodInputFields(t, bulkRecipient),
});

const SendBulkInput = builder.inputType('SendBulkInput', {
  fields: (t) => zodInputFields(t, sendBulkInput, { recipients: [BulkRecipientInput] }),
});

builder.mutationFields((t) => ({
  sendBulk: t.field({
    type: BulkResultType,
    description: 'Sends one by one with a random pause between sends (BULK_DELAY_MIN_MS…BULK_DELAY_MAX_MS)',
    extensions: policies(strictAndIdempotent, needsDriver),
    args: t.validate(
      {
        input: t.arg({ type: SendBulkInput, required: true }),
        idempotencyKey: t.arg.string({ description: IDEMPOTENCY_KEY_DESCRIPTION }),
        ...sessionArgs,
      },
      z.object({ input: sendBulkInput, session: sessionValue }),
    ),
    resolve: (_root, { input, session }, { services }) => services.bulk.send(session, input),
  }),
}));
