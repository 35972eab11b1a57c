import { defineEntity, type InferEntity } from '@mikro-orm/core';
import type { RecipientState } from '../../domain/campaign-states.js';

/**
 * One recipient of a campaign and how far its message got. The runner moves it pending → sending → sent
 * (or failed / skipped); acks then move it to delivered and read, following its message.
 */
export const CampaignRecipientRecord = defineEntity({
  name: 'CampaignRecipientRecord',
  tableName: 'campaign_recipients',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    campaignId: p.integer(),
    /** What the caller wrote, reported back as `phone`. */
    input: p.string().length(255),
    chatId: p.string().length(255),
    variables: p.json<Record<string, string>>().nullable(),
    /** This recipient's own text, when personalised; else the campaign's message is sent. */
    message: p.text().nullable(),
    state: p.string().length(16).$type<RecipientState>(),
    messageId: p.string().length(255).nullable(),
    error: p.text().nullable(),
    /** When the send began: the sending caps count these. */
    attemptedAt: p.datetime().nullable(),
    sentAt: p.datetime().nullable(),
    deliveredAt: p.datetime().nullable(),
    readAt: p.datetime().nullable(),
    updatedAt: p.datetime(),
  }),
  indexes: [{ properties: ['campaignId', 'state'] }, { properties: ['messageId'] }, { properties: ['attemptedAt'] }],
});

export type CampaignRecipientRecord = InferEntity<typeof CampaignRecipientRecord>;
