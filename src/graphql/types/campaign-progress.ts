import { filter, pipe } from '@graphql-yoga/subscription';
import { z } from 'zod';
import { campaignId } from '../../campaigns/campaign-inputs.js';
import type { CampaignProgress } from '../../domain/campaign-progress.js';
import { builder } from '../builder.js';
import { listenedSessionArgs, sessionValue } from '../session-argument.js';
import { RecipientStateEnum } from './campaign-recipients.js';
import { CampaignCountsType, CampaignKindEnum, CampaignStatusEnum } from './campaigns.js';
import { emittedAt, eventsOf, eventType, GatewayEventInterface } from './events.js';

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
    args: t.validate({ id: t.arg.id(), ...listenedSessionArgs }, z.object({ id: campaignId.nullish(), session: sessionValue })),
    subscribe: (_r, { id, session }, ctx) =>
      pipe(
        eventsOf(ctx, session, ['campaign_progress']),
        filter((e) => id === null || id === undefined || e.data.campaignId === id),
      ),
    resolve: (e) => e,
  }),
);
