import { defineEntity, type InferEntity } from '@mikro-orm/core';

/**
 * The WhatsApp Web version that last reached `ready` on any node, with the page that loads it, so every node
 * starts its whatsapp-web.js sessions on a version known to work. One row per driver that loads WhatsApp Web.
 */
export const WebVersionRecord = defineEntity({
  name: 'WebVersionRecord',
  tableName: 'web_versions',
  properties: (p) => ({
    driver: p.string().length(16).primary(),
    /** WhatsApp Web's own version, e.g. 2.3000.1031490220. */
    version: p.string().length(64),
    /** WhatsApp Web's index page of that version, which pins the scripts it loads. */
    html: p.text(),
    readyAt: p.datetime(),
  }),
});

export type WebVersionRecord = InferEntity<typeof WebVersionRecord>;
