import { z } from 'zod';
import type { OptOutRecord } from '../../db/entities/opt-out-record.js';
import { optOutInput } from '../../campaigns/campaign-inputs.js';
import { builder } from '../builder.js';
import { zodInputFields } from '../zod-input-fields.js';
import { sessionArgs, sessionValue } from '../session-argument.js';

const OptOutType = builder.objectRef<OptOutRecord>('OptOut').implement({
  description: 'A chat that gets no campaigns',
  fields: (t) => ({
    chatId: t.exposeString('chatId'),
    source: t.exposeString('source', { description: '`keyword`: the chat sent an opt-out keyword; `api`: added by hand' }),
    keyword: t.exposeString('keyword', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const OptOutChangeType = builder.objectRef<{ chatId: string; changed: boolean; message: string }>('OptOutChange').implement({
  fields: (t) => ({
    chatId: t.exposeString('chatId'),
    changed: t.exposeBoolean('changed', { description: 'False when the list already said so' }),
    message: t.exposeString('message'),
  }),
});

const OptOutInput = builder.inputType('OptOutInput', {
  description: 'A number (`phone`) or chat id',
  fields: (t) => zodInputFields(t, optOutInput),
});

const inputArgs = (t: Parameters<Parameters<typeof builder.mutationFields>[0]>[0]) =>
  t.validate(
    { input: t.arg({ type: OptOutInput, required: true }), ...sessionArgs },
    z.object({ input: optOutInput, session: sessionValue }),
  );

builder.queryField('optOuts', (t) =>
  t.field({
    type: [OptOutType],
    description: 'The chats that get no campaigns, oldest first',
    args: sessionArgs,
    resolve: (_r, { session }, { services }) => services.optOuts.list(session),
  }),
);

builder.mutationFields((t) => ({
  addOptOut: t.field({
    type: OptOutChangeType,
    args: inputArgs(t),
    resolve: async (_r, { input, session }, { services }) => {
      const added = await services.optOuts.add(session, input);
      return { chatId: input.chatId, changed: added, message: added ? 'Added to the opt-out list' : 'Already on the opt-out list' };
    },
  }),
  removeOptOut: t.field({
    type: OptOutChangeType,
    args: inputArgs(t),
    resolve: async (_r, { input, session }, { services }) => {
      await services.optOuts.remove(session, input);
      return { chatId: input.chatId, changed: true, message: 'Removed from the opt-out list' };
    },
  }),
}));
