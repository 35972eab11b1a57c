import { z } from 'zod';
import { campaignId, campaignStatusInput, createCampaignInput, recipientStateInput } from '../../campaigns/campaign-inputs.js';
import { countsOf } from '../../campaigns/campaign-counts.js';
import type { CampaignCounts } from '../../domain/campaign-progress.js';
import { MAX_LISTED_ERRORS, type CampaignRunResult, type RecipientProblem } from '../../campaigns/campaign-service.js';
import { campaignKinds, campaignStatuses, recipientStates } from '../../domain/campaign-states.js';
import type { CampaignRecipientRecord } from '../../db/entities/campaign-recipient-record.js';
import type { CampaignRecord } from '../../db/entities/campaign-record.js';
import type { CampaignProgress } from '../../domain/campaign-progress.js';
import { filter, pipe } from '@graphql-yoga/subscription';
import { builder } from '../builder.js';
import { IDEMPOTENCY_KEY_DESCRIPTION, idempotent, strictAndIdempotent } from '../field-policy.js';
import { emittedAt, eventsOf, eventType, GatewayEventInterface } from './events.js';

const CampaignStatusEnum = builder.enumType('CampaignStatus', { values: campaignStatuses });
const CampaignKindEnum = builder.enumType('CampaignKind', {
  description: '`bulk`: a send-bulk request, run by the same runner',
  values: campaignKinds,
});
const RecipientStateEnum = builder.enumType('RecipientState', {
  description: 'Where one recipient\'s message is. `unknown`: the gateway stopped mid-send; never sent again. `skipped`: opted out.',
  values: recipientStates,
});

const CampaignCountsType = builder.objectRef<CampaignCounts>('CampaignCounts').implement({
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

const MAX_PAGE = 1000;

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
    chatIds: t.stringList({ description: "Every recipient's chat id, in the order given", resolve: (c, _a, { services }) => services.campaigns.chatIds(c.id) }),
    recipients: t.field({
      type: RecipientPageType,
      description: 'The recipients with their state, a page at a time',
      args: t.validate(
        {
          first: t.arg.int({ defaultValue: 100 }),
          after: t.arg.string({ description: 'The nextCursor of the previous page' }),
          state: t.arg.string({ description: `Only recipients in this state: ${recipientStates.join(', ')}` }),
        },
        z.object({
          first: z.number().int().min(1, 'first must be at least 1').max(MAX_PAGE, `first must be at most ${MAX_PAGE}`).nullish(),
          after: z.string().regex(/^\d+$/, 'after must be a nextCursor from an earlier page').nullish(),
          state: recipientStateInput.nullish(),
        }),
      ),
      resolve: async (c, { first, after, state }, { services }) => {
        const limit = first ?? 100;
        const rows = await services.campaigns.recipients(c.id, { first: limit + 1, after: after ? Number(after) : undefined, state: state ?? undefined });
        const items = rows.slice(0, limit);
        return { items, nextCursor: rows.length > limit ? String(items.at(-1)!.id) : null };
      },
    }),
  }),
});

const RecipientProblemType = builder.objectRef<RecipientProblem>('CampaignRecipientProblem').implement({
  fields: (t) => ({
    phone: t.exposeString('phone', { description: 'The recipient as given' }),
    chatId: t.exposeString('chatId'),
    state: t.field({ type: RecipientStateEnum, resolve: (p) => p.state }),
    error: t.exposeString('error'),
  }),
});

const CampaignRunResultType = builder.objectRef<CampaignRunResult>('CampaignRunResult').implement({
  fields: (t) => ({
    total: t.exposeInt('total'),
    sent: t.exposeInt('sent', { description: 'Messages that left (some may since be delivered or read)' }),
    failed: t.exposeInt('failed'),
    unknown: t.exposeInt('unknown', { description: 'Interrupted mid-send by a stop; not sent again' }),
    skipped: t.exposeInt('skipped', { description: 'Opted out' }),
    pending: t.exposeInt('pending', { description: 'Not attempted yet (the run goes on, or was cancelled)' }),
    errors: t.expose('errors', { type: [RecipientProblemType], description: `Recipients that did not get the message (the first ${MAX_LISTED_ERRORS})` }),
  }),
});

const CampaignExecutionType = builder.objectRef<{ results: CampaignRunResult; campaign: CampaignRecord }>('CampaignExecution').implement({
  fields: (t) => ({
    results: t.expose('results', { type: CampaignRunResultType }),
    campaign: t.expose('campaign', { type: CampaignType }),
  }),
});

const CampaignDeletionType = builder.objectRef<{ id: number }>('CampaignDeletion').implement({
  fields: (t) => ({
    id: t.exposeInt('id'),
    message: t.string({ resolve: () => 'Campaign deleted successfully' }),
  }),
});

const CampaignRecipientInput = builder.inputType('CampaignRecipientInput', {
  fields: (t) => ({
    phone: t.string(),
    chatId: t.string(),
    message: t.string({ description: "This recipient's own text; else the campaign's" }),
    text: t.string(),
    vars: t.field({ type: 'JSONObject', description: 'Values for the placeholders, e.g. {"name": "Ann"} for {{name}}' }),
  }),
});

const CreateCampaignInput = builder.inputType('CreateCampaignInput', {
  fields: (t) => ({
    name: t.string(),
    message: t.string({ description: 'The text; {{name}} placeholders are filled from each recipient\'s vars' }),
    recipients: t.field({ type: [CampaignRecipientInput] }),
    scheduledAt: t.string({ description: 'ISO 8601 with a zone, e.g. 2025-11-01T18:00:00Z; the campaign starts by itself then' }),
  }),
});

const idArg = { id: campaignId };

builder.queryFields((t) => ({
  campaigns: t.field({
    type: [CampaignType],
    description: 'Campaigns, oldest first; send-bulk requests only when asked for by kind',
    args: { kind: t.arg({ type: CampaignKindEnum, defaultValue: 'campaign' }) },
    resolve: (_r, { kind }, { services, session }) => services.campaigns.list(session, kind ?? 'campaign'),
  }),
  campaign: t.field({
    type: CampaignType,
    args: t.validate({ id: t.arg.id({ required: true }) }, z.object(idArg)),
    resolve: (_r, { id }, { services, session }) => services.campaigns.get(session, id),
  }),
}));

builder.mutationFields((t) => ({
  createCampaign: t.field({
    type: CampaignType,
    description: 'Stores a campaign with its recipients; it runs on executeCampaign, or by itself at scheduledAt',
    extensions: idempotent,
    args: t.validate(
      { input: t.arg({ type: CreateCampaignInput, required: true }), idempotencyKey: t.arg.string({ description: IDEMPOTENCY_KEY_DESCRIPTION }) },
      z.object({ input: createCampaignInput }),
    ),
    resolve: (_r, { input }, { services, session }) => services.campaigns.create(session, input),
  }),
  executeCampaign: t.field({
    type: CampaignExecutionType,
    description: 'Runs a campaign now. With wait (the default) the answer comes when the run ends; without, at once, and progress streams as campaignProgress',
    extensions: strictAndIdempotent,
    args: t.validate(
      {
        id: t.arg.id({ required: true }),
        wait: t.arg.boolean({ defaultValue: true }),
        idempotencyKey: t.arg.string({ description: IDEMPOTENCY_KEY_DESCRIPTION }),
      },
      z.object({ ...idArg, wait: z.boolean().nullish() }),
    ),
    resolve: (_r, { id, wait }, { services, session }) => services.campaigns.execute(session, id, wait ?? true),
  }),
  updateCampaignStatus: t.field({
    type: CampaignType,
    description: '`cancelled` stops a run before its next recipient, `pending` pauses it, `running` starts or resumes it',
    args: t.validate({ id: t.arg.id({ required: true }), status: t.arg.string({ required: true }) }, z.object({ ...idArg, status: campaignStatusInput })),
    resolve: (_r, { id, status }, { services, session }) => services.campaigns.updateStatus(session, id, status),
  }),
  deleteCampaign: t.field({
    type: CampaignDeletionType,
    description: 'Deletes a campaign and its recipients; a running one is cancelled first',
    args: t.validate({ id: t.arg.id({ required: true }) }, z.object(idArg)),
    resolve: async (_r, { id }, { services, session }) => {
      await services.campaigns.delete(session, id);
      return { id };
    },
  }),
}));

const CampaignProgressRecipient = builder.objectRef<NonNullable<CampaignProgress['recipient']>>('CampaignProgressRecipient').implement({
  fields: (t) => ({
    chatId: t.exposeString('chatId'),
    state: t.field({ type: RecipientStateEnum, resolve: (r) => r.state }),
    error: t.exposeString('error', { nullable: true }),
  }),
});

const CampaignProgressEvent = eventType('campaign_progress').implement({
  description: 'A campaign moved: a recipient changed state, or the campaign its status',
  interfaces: [GatewayEventInterface],
  fields: (t) => ({
    campaignId: t.int({ resolve: (e) => e.data.campaignId }),
    name: t.string({ resolve: (e) => e.data.name }),
    kind: t.field({ type: CampaignKindEnum, resolve: (e) => e.data.kind }),
    status: t.field({ type: CampaignStatusEnum, resolve: (e) => e.data.status }),
    counts: t.field({ type: CampaignCountsType, resolve: (e) => e.data.counts }),
    recipient: t.field({ type: CampaignProgressRecipient, nullable: true, resolve: (e) => e.data.recipient ?? null }),
    timestamp: t.field(emittedAt),
  }),
});

builder.subscriptionField('campaignProgress', (t) =>
  t.field({
    type: CampaignProgressEvent,
    description: "A campaign's progress (every campaign's, without id)",
    args: t.validate({ id: t.arg.id() }, z.object({ id: campaignId.nullish() })),
    subscribe: (_r, { id }, ctx) =>
      pipe(
        eventsOf(ctx, ['campaign_progress']),
        filter((e) => id === null || id === undefined || e.data.campaignId === id),
      ),
    resolve: (e) => e,
  }),
);
