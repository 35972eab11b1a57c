import { z } from 'zod';
import { recipientStateInput } from '../../campaigns/campaign-inputs.js';
import type { CampaignRecipientRecord } from '../../db/entities/campaign-recipient-record.js';
import { recipientStates } from '../../domain/campaign-states.js';
import { builder } from '../builder.js';
import { pageCursor, pageOf, pageSize } from '../page-args.js';
import { CampaignType } from './campaigns.js';

const MAX_PAGE = 1000;

export const RecipientStateEnum = builder.enumType('RecipientState', {
  description: "Where one recipient's message is. `unknown`: the gateway stopped mid-send; never sent again. `skipped`: opted out.",
  values: recipientStates,
});

const CampaignRecipientType = builder.objectRef<CampaignRecipientRecord>('CampaignRecipient').implement({
  fields: (t) => ({
    id: t.exposeInt('id'),
    phone: t.exposeString('input', { description: 'The recipient as given' }),
    chatId: t.exposeString('chatId'),
    vars: t.field({ type: 'JSONObject', nullable: true, resolve: (r) => r.variables }),
    message: t.exposeString('message', { nullable: true, description: "This recipient's own text, when it differs from the campaign's" }),
    state: t.field({ type: RecipientStateEnum, resolve: (r) => r.state }),
    messageId: t.exposeString('messageId', { nullable: true, description: 'Pass it to messageStatus' }),
    error: t.exposeString('error', { nullable: true }),
    attemptedAt: t.expose('attemptedAt', { type: 'DateTime', nullable: true }),
    sentAt: t.expose('sentAt', { type: 'DateTime', nullable: true }),
    deliveredAt: t.expose('deliveredAt', { type: 'DateTime', nullable: true }),
    readAt: t.expose('readAt', { type: 'DateTime', nullable: true }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

interface RecipientPage {
  items: CampaignRecipientRecord[];
  nextCursor: string | null;
}

const RecipientPageType = builder.objectRef<RecipientPage>('CampaignRecipientPage').implement({
  fields: (t) => ({
    items: t.expose('items', { type: [CampaignRecipientType] }),
    nextCursor: t.exposeString('nextCursor', { nullable: true, description: 'Pass as `after` for the next page; null on the last' }),
  }),
});

builder.objectField(CampaignType, 'recipients', (t) =>
  t.field({
    type: RecipientPageType,
    description: 'The recipients with their state, a page at a time',
    args: t.validate(
      {
        first: t.arg.int({ defaultValue: 100 }),
        after: t.arg.string({ description: 'The nextCursor of the previous page' }),
        state: t.arg.string({ description: `Only recipients in this state: ${recipientStates.join(', ')}` }),
      },
      z.object({
        first: pageSize(MAX_PAGE),
        after: pageCursor,
        state: recipientStateInput.nullish(),
      }),
    ),
    resolve: async (c, { first, after, state }, { services }) => {
      const limit = first ?? 100;
      const rows = await services.campaigns.recipients(c.id, {
        first: limit + 1,
        after: after ? Number(after) : undefined,
        state: state ?? undefined,
      });
      return pageOf(rows, limit);
    },
  }),
);
