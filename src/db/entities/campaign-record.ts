import { defineEntity, type InferEntity } from '@mikro-orm/core';
import type { CampaignKind, CampaignStatus } from '../../domain/campaign-states.js';

/**
 * A campaign (or a send-bulk request, kind `bulk`) and its recipient counts by state. The counts change in
 * the same transaction as the recipient rows they count, so a reader never sees them disagree.
 */
export const CampaignRecord = defineEntity({
  name: 'CampaignRecord',
  tableName: 'campaigns',
  properties: (p) => ({
    id: p.integer().primary().autoincrement(),
    session: p.string().length(64),
    // Plain strings: MikroORM 6 misreads SQLite check constraints over enum values and would report drift.
    kind: p.string().length(16).$type<CampaignKind>(),
    name: p.string().length(255),
    message: p.text(),
    status: p.string().length(16).$type<CampaignStatus>(),
    error: p.text().nullable(),
    scheduledAt: p.datetime().nullable(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
    startedAt: p.datetime().nullable(),
    completedAt: p.datetime().nullable(),
    total: p.integer(),
    pendingCount: p.integer(),
    sendingCount: p.integer(),
    sentCount: p.integer(),
    deliveredCount: p.integer(),
    readCount: p.integer(),
    failedCount: p.integer(),
    unknownCount: p.integer(),
    skippedCount: p.integer(),
  }),
  indexes: [{ properties: ['status', 'scheduledAt'] }, { properties: ['session', 'kind'] }],
});

export type CampaignRecord = InferEntity<typeof CampaignRecord>;
