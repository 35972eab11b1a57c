import { defineEntity, type InferEntity } from '@mikro-orm/core';

export const optOutSources = ['keyword', 'api'] as const;

/** A chat that asked not to receive campaigns from a session's account. */
export const OptOutRecord = defineEntity({
  name: 'OptOutRecord',
  tableName: 'opt_outs',
  properties: (p) => ({
    session: p.string().length(64).primary(),
    chatId: p.string().length(255).primary(),
    source: p.string().length(16).$type<(typeof optOutSources)[number]>(),
    /** The text that opted the chat out, for `keyword`. */
    keyword: p.string().length(255).nullable(),
    createdAt: p.datetime(),
  }),
});

export type OptOutRecord = InferEntity<typeof OptOutRecord>;
