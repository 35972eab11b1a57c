import type { AccountLimit } from '../../domain/account-limit.js';
import { builder } from '../builder.js';
import { emittedAt, eventType, GatewayEventInterface, subscriptionTo } from './events.js';

/*
 * WhatsApp's limit on new contacts, as a session shows it and as the event that starts it.
 */

export const AccountLimitType = builder.objectRef<AccountLimit>('AccountLimit').implement({
  description: 'WhatsApp refuses messages from this account to people who never wrote to it',
  fields: (t) => ({
    reason: t.exposeString('reason', { description: "WhatsApp's words, or the gateway's where WhatsApp gave none" }),
    since: t.expose('since', { type: 'DateTime', description: 'The first refusal' }),
    until: t.expose('until', {
      type: 'DateTime',
      nullable: true,
      description: 'When WhatsApp said it ends (campaigns it paused resume then); null when it did not say',
    }),
  }),
});

const SessionLimitedEvent = eventType('session_limited').implement({
  description:
    "WhatsApp began limiting the session's messages to new contacts (or gave the limit a new end): its running campaigns are paused",
  interfaces: [GatewayEventInterface],
  fields: (t) => ({
    reason: t.string({ resolve: (e) => e.data.reason }),
    since: t.field({ type: 'DateTime', resolve: (e) => e.data.since }),
    until: t.field({ type: 'DateTime', nullable: true, resolve: (e) => e.data.until }),
    timestamp: t.field(emittedAt),
  }),
});

builder.subscriptionFields((t) => ({
  sessionLimited: subscriptionTo(t, SessionLimitedEvent, 'session_limited'),
}));
