import { defineEntity, type InferEntity } from '@mikro-orm/core';

/**
 * A session's login, kept in the shared database so that whichever node takes the session over opens it
 * linked: a wwebjs session's is whatsapp-web.js RemoteAuth's zipped browser profile, a sandbox session's
 * the account it is linked as (JSON).
 */
export const WhatsAppLoginRecord = defineEntity({
  name: 'WhatsAppLoginRecord',
  tableName: 'whatsapp_logins',
  properties: (p) => ({
    /** RemoteAuth's name for the login, `RemoteAuth-<session>`; a sandbox login's is `sandbox-<session>`. */
    name: p.string().length(128).primary(),
    archive: p.blob(),
    updatedAt: p.datetime(),
  }),
});

export type WhatsAppLoginRecord = InferEntity<typeof WhatsAppLoginRecord>;
