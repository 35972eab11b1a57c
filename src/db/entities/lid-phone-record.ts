import { defineEntity, type InferEntity } from '@mikro-orm/core';

/**
 * A WhatsApp LID (`…@lid`, the id WhatsApp shows for users of accounts moved to LIDs) and the phone chat id
 * (`…@c.us`) of the same user, as WhatsApp paired them. A LID is the same user's for every account.
 */
export const LidPhoneRecord = defineEntity({
  name: 'LidPhoneRecord',
  tableName: 'lid_phones',
  properties: (p) => ({
    lid: p.string().length(255).primary(),
    chatId: p.string().length(255).index(),
    updatedAt: p.datetime(),
  }),
});

export type LidPhoneRecord = InferEntity<typeof LidPhoneRecord>;
