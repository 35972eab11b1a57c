import { z } from 'zod';
import { countsOf } from '../../campaigns/campaign-counts.js';
import { campaignId, campaignRecipient, campaignStatusInput, createCampaignInput } from '../../campaigns/campaign-inputs.js';
import type { CampaignRecord } from '../../db/entities/campaign-record.js';
import type { CampaignCounts } from '../../domain/campaign-progress.js';
import { campaignKinds, campaignStatuses } from '../../domain/campaign-states.js';
import { builder } from '../builder.js';
import { zodInputFields } from '../zod-input-fields.js';
import { sessionArgs, sessionValue } from '../session-argument.js';
import { IDEMPOTENCY_KEY_DESCRIPTION, idempotent, needsDriver, onOwner } from '../field-policy.js';

export const CampaignStatusEnum = builder.enumType('CampaignStatus', { values: campaignStatuses });
export const CampaignKindEnum = builder.enumType('CampaignKind', {
  description: '`bulk`: a send-bulk request, run by the same runner',
  values: campaignKinds,
});

export const CampaignCountsType = builder.objectRef<CampaignCounts>('CampaignCounts').implement({
  description: 'Recipients by how far they got; `sent` counts every message that left, `delivered` those delivered or read',
  fields: (t) => ({
    total: t.exposeInt('total'),
    pending: t.exposeInt('pending'),
    sending: t.exposeInt('sending'),
    sent: t.exposeInt('sent'),
    delivered: t.exposeInt('delivered'),
    read: t.exposeInt('read'),
    failed: t.exposeInt('failed'),
    unknown: t.exposeInt('unknown'),
    skipped: t.exposeInt('skipped'),
  }),
});

export const CampaignType = builder.objectRef<CampaignRecord>('Campaign').implement({
  fields: (t) => ({
    id: t.exposeInt('id'),
    kind: t.field({ type: CampaignKindEnum, resolve: (c) => c.kind }),
    name: t.exposeString('name'),
    message: t.exposeString('message'),
    status: t.field({ type: CampaignStatusEnum, resolve: (c) => c.status }),
    error: t.exposeString('error', { nullable: true, description: 'Why a run failed' }),
    scheduledAt: t.expose('scheduledAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    startedAt: t.expose('startedAt', { type: 'DateTime', nullable: true }),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true }),
    counts: t.field({ type: CampaignCountsType, resolve: (c) => countsOf(c) }),
    chatIds: t.stringList({
      description: "Every recipient's chat id, in the order given",
      resolve: (c, _a, { services }) => services.campaigns.chatIds(c.id),
    }),
  }),
});

const CampaignDeletionType = builder.objectRef<{ id: number }>('CampaignDeletion').implement({
  fields: (t) => ({
    id: t.exposeInt('id'),
    message: t.string({ resolve: () => 'Campaign deleted successfully' }),
  }),
});

const CampaignRecipientInput = builder.inputType('CampaignRecipientInput', {
  fields: (t) => zodInputFields(t, campaignRecipient),
});

const CreateCampaignInput = builder.inputType('CreateCampaignInput', {
  fields: (t) => zodInputFields(t, createCampaignInput, { recipients: [CampaignRecipientInput] }),
});

export const idArg = { id: campaignId };

builder.queryFields((t) => ({
  campaigns: t.field({
    type: [CampaignType],
    description: 'Campaigns, oldest first; send-bulk requests only when asked for by kind',
    args: { kind: t.arg({ type: CampaignKindEnum, defaultValue: 'campaign' }), ...sessionArgs },
    resolve: (_r, { kind, session }, { services }) => services.campaigns.list(session, kind ?? 'campaign'),
  }),
  campaign: t.field({
    type: CampaignType,
    args: t.validate({ id: t.arg.id({ required: true }), ...sessionArgs }, z.object({ ...idArg, session: sessionValue })),
    resolve: (_r, { id, session }, { services }) => services.campaigns.get(session, id),
  }),
}));

builder.mutationFields((t) => ({
  createCampaign: t.field({
    type: CampaignType,
    description: 'Stores a campaign with its recipients; it runs on executeCampaign, or by itself at scheduledAt',
    extensions: idempotent,
    args: t.validate(
      {
        input: t.arg({ type: CreateCampaignInput, required: true }),
        idempotencyKey: t.arg.string({ description: IDEMPOTENCY_KEY_DESCRIPTION }),
        ...sessionArgs,
      },
      z.object({ input: createCampaignInput, session: sessionValue }),
    ),
    resolve: (_r, { input, session }, { services }) => services.campaigns.create(session, input),
  }),
  updateCampaignStatus: t.field({
    type: CampaignType,
    description: '`cancelled` stops a run before its next recipient, `pending` pauses it, `running` starts or resumes it',
    extensions: needsDriver,
    args: t.validate(
      { id: t.arg.id({ required: true }), status: t.arg({ type: CampaignStatusEnum, required: true }), ...sessionArgs },
      z.object({ ...idArg, status: campaignStatusInput, session: sessionValue }),
    ),
    resolve: (_r, { id, status, session }, { services }) => services.campaigns.updateStatus(session, id, status),
  }),
  deleteCampaign: t.field({
    type: CampaignDeletionType,
    description: 'Deletes a campaign and its recipients; a running one is cancelled first',
    extensions: onOwner,
    args: t.validate({ id: t.arg.id({ required: true }), ...sessionArgs }, z.object({ ...idArg, session: sessionValue })),
    resolve: async (_r, { id, session }, { services }) => {
      await services.campaigns.delete(session, id);
      return { id };
    },
  }),
}));
