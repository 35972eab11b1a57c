import { z } from 'zod';
import { sandboxWebVersionInput } from '../../domain/sandbox-inputs.js';
import { webVersionSources, type WebVersionInUse } from '../../domain/web-versions.js';
import { builder } from '../builder.js';
import { needsDriver } from '../field-policy.js';
import { sessionArgs, sessionValue } from '../session-argument.js';
import { emittedAt, eventType, GatewayEventInterface, subscriptionTo } from './events.js';

/*
 * Which WhatsApp Web a session runs: WhatsApp changes it under whatsapp-web.js, so the gateway keeps the
 * newest that worked and says which one each session loaded.
 */

const WebVersionSourceEnum = builder.enumType('WebVersionSource', {
  description:
    '`pinned` by WWEBJS_WEB_VERSION; `remembered`, the newest that reached ready on any node; `live`, the one WhatsApp serves today',
  values: webVersionSources,
});

export const WebVersionType = builder.objectRef<WebVersionInUse>('WebVersion').implement({
  description: 'The WhatsApp Web version a session loads or runs, and why that one',
  fields: (t) => ({
    version: t.exposeString('version', { nullable: true, description: 'e.g. 2.3000.1031490220; null while a live page has not said yet' }),
    source: t.field({ type: WebVersionSourceEnum, resolve: (v) => v.source }),
  }),
});

const WebVersionEvent = eventType('web_version').implement({
  description: 'The WhatsApp Web version a session runs, once it is ready',
  interfaces: [GatewayEventInterface],
  fields: (t) => ({
    version: t.string({ resolve: (e) => e.data.version }),
    source: t.field({ type: WebVersionSourceEnum, resolve: (e) => e.data.source }),
    timestamp: t.field(emittedAt),
  }),
});

builder.mutationFields((t) => ({
  sandboxWebVersion: t.field({
    type: WebVersionType,
    description:
      'WhatsApp rolls out a newer WhatsApp Web and the one the session runs stops loading: the page reloads on it, raising `web_version`, and every node remembers it (sandbox driver only)',
    extensions: needsDriver,
    args: t.validate(
      { version: t.arg.string({ required: true }), ...sessionArgs },
      z.object({ version: sandboxWebVersionInput.shape.version, session: sessionValue }),
    ),
    resolve: (_root, { version, session }, { services }) => services.openSessions.sandbox(session).rollOutWebVersion(version),
  }),
}));

builder.subscriptionFields((t) => ({
  webVersion: subscriptionTo(t, WebVersionEvent, 'web_version'),
}));
