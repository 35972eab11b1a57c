import { defineEntity, type InferEntity } from '@mikro-orm/core';

/**
 * A wwebjs session's login (whatsapp-web.js RemoteAuth's zipped browser profile), kept in the shared
 * database so that whichever node takes the session over opens it linked.
 */
export const WhatsAppLoginRecord = defineEntity({
  name: 'WhatsAppLoginRecord',
  tableName: 'whatsapp_logins',
  properties: (p) => ({
    /** RemoteAuth's name for the login: `RemoteAuth-<session>`. */
    name: p.string().length(128).primary(),
    archive: p.blob(),
    updatedAt: p.datetime(),
  }),
});

export type WhatsAppLoginRecord = InferEntity<typeof WhatsAppLoginRecord>;
