import { filter, pipe, Repeater } from '@graphql-yoga/subscription';
import type { ObjectRef } from '@pothos/core';
import { hears } from '../../domain/caller.js';
import { mediaPathOf } from '../../domain/media-path.js';
import type { LimitRefusal } from '../../domain/account-limit.js';
import type { GatewayEventName as EventName } from '../../domain/event-names.js';
import type { GatewayEvent } from '../../events.js';
import { builder } from '../builder.js';
import { callerOf, type GraphQLContext } from '../context.js';
import { listenedSessionArgs } from '../session-argument.js';
import { AccountInfoType } from './client.js';
import { ConnectionStateEnum, DeliveryStatusEnum, DisconnectReasonEnum, EventNameEnum } from './enums.js';

type EventOf<K extends EventName> = Extract<GatewayEvent, { event: K }>;

const typeNames: Record<EventName, string> = {
  qr: 'QrEvent',
  pairing_code: 'PairingCodeEvent',
  authenticated: 'AuthenticatedEvent',
  ready: 'ReadyEvent',
  disconnected: 'DisconnectedEvent',
  state_change: 'StateChangeEvent',
  message: 'MessageEvent',
  message_ack: 'MessageAckEvent',
  message_reaction: 'MessageReactionEvent',
  message_edit: 'MessageEditEvent',
  message_revoke: 'MessageRevokeEvent',
  poll_vote: 'PollVoteEvent',
  group_join: 'GroupJoinEvent',
  group_leave: 'GroupLeaveEvent',
  group_update: 'GroupUpdateEvent',
  campaign_progress: 'CampaignProgressEvent',
  webhook_disabled: 'WebhookDisabledEvent',
  event_sink_disabled: 'EventSinkDisabledEvent',
  session_limited: 'SessionLimitedEvent',
  call: 'CallEvent',
  chat_labels: 'ChatLabelsEvent',
  story: 'StoryEvent',
  message_pending: 'MessagePendingEvent',
  dialog: 'DialogEvent',
  web_version: 'WebVersionEvent',
};

/** Every event, tagged by `event`; the raw WebSocket stream writes these as `{event, data}` frames. */
export const GatewayEventInterface = builder.interfaceRef<GatewayEvent>('GatewayEvent').implement({
  fields: (t) => ({
    event: t.field({ type: EventNameEnum, resolve: (e) => e.event }),
    session: t.exposeString('session'),
    emittedAt: t.field({ type: 'DateTime', description: 'When the gateway raised the event', resolve: (e) => e.timestamp }),
  }),
  resolveType: (e) => typeNames[e.event],
});

export const eventType = <K extends EventName>(name: K) => builder.objectRef<EventOf<K>>(typeNames[name]);
export const emittedAt = { type: 'DateTime', resolve: (e: GatewayEvent) => e.timestamp } as const;

const QrEvent = eventType('qr').implement({
  description: 'A new QR code to scan with WhatsApp on the phone; refreshed until linked',
  interfaces: [GatewayEventInterface],
  fields: (t) => ({
    qr: t.string({ resolve: (e) => e.data.qr }),
    timestamp: t.field(emittedAt),
  }),
});

const PairingCodeEvent = eventType('pairing_code').implement({
  description: 'A code to type on the phone under Linked devices → Link with phone number, instead of scanning the QR',
  interfaces: [GatewayEventInterface],
  fields: (t) => ({
    code: t.string({ resolve: (e) => e.data.code }),
    phone: t.string({ description: 'The number the code links', resolve: (e) => e.data.phone }),
    timestamp: t.field(emittedAt),
  }),
});

const AuthenticatedEvent = eventType('authenticated').implement({
  interfaces: [GatewayEventInterface],
  fields: (t) => ({
    message: t.string({ resolve: () => 'WhatsApp authenticated successfully' }),
    timestamp: t.field(emittedAt),
  }),
});

const ReadyEvent = eventType('ready').implement({
  interfaces: [GatewayEventInterface],
  fields: (t) => ({
    message: t.string({ resolve: () => 'WhatsApp client is ready' }),
    info: t.field({ type: AccountInfoType, resolve: (e) => e.data.info }),
    timestamp: t.field(emittedAt),
  }),
});

const DisconnectedEvent = eventType('disconnected').implement({
  interfaces: [GatewayEventInterface],
  fields: (t) => ({
    reason: t.field({ type: DisconnectReasonEnum, resolve: (e) => e.data.reason }),
    message: t.string({ resolve: () => 'WhatsApp client disconnected' }),
    timestamp: t.field(emittedAt),
  }),
});

const StateChangeEvent = eventType('state_change').implement({
  interfaces: [GatewayEventInterface],
  fields: (t) => ({
    state: t.field({ type: ConnectionStateEnum, resolve: (e) => e.data.state }),
    previousState: t.field({ type: ConnectionStateEnum, resolve: (e) => e.data.previousState }),
    timestamp: t.field(emittedAt),
  }),
});

export const MessageEvent = eventType('message').implement({
  description: 'A message received by the linked account',
  interfaces: [GatewayEventInterface],
  fields: (t) => ({
    id: t.string({ resolve: (e) => e.data.id }),
    from: t.string({ resolve: (e) => e.data.from }),
    to: t.string({ resolve: (e) => e.data.to }),
    author: t.string({ nullable: true, description: 'The sender, in a group', resolve: (e) => e.data.author ?? null }),
    fromLid: t.string({
      nullable: true,
      description: 'The LID the sender arrived as, where `from` gives their number instead',
      resolve: (e) => e.data.fromLid ?? null,
    }),
    authorLid: t.string({
      nullable: true,
      description: 'The LID the group sender arrived as, where `author` gives their number instead',
      resolve: (e) => e.data.authorLid ?? null,
    }),
    body: t.string({ resolve: (e) => e.data.body }),
    timestamp: t.int({ description: 'Unix seconds, as WhatsApp stamped the message', resolve: (e) => e.data.timestamp }),
    fromMe: t.boolean({ resolve: (e) => e.data.fromMe }),
    hasMedia: t.boolean({ resolve: (e) => e.data.hasMedia }),
    type: t.string({ resolve: (e) => e.data.type }),
    isGroup: t.boolean({ resolve: (e) => e.data.isGroup }),
    caption: t.string({ nullable: true, resolve: (e) => e.data.caption ?? null }),
    mimeType: t.string({ nullable: true, resolve: (e) => e.data.mimeType ?? null }),
    filename: t.string({ nullable: true, resolve: (e) => e.data.filename ?? null }),
    mediaUrl: t.string({
      nullable: true,
      description: "Where to fetch the file (GET, with the API key), relative to the gateway's address",
      resolve: (e) => (e.data.hasMedia ? mediaPathOf(e.session, e.data.id) : null),
    }),
  }),
});

export const LimitRefusalType = builder.objectRef<LimitRefusal>('LimitRefusal').implement({
  fields: (t) => ({
    reason: t.exposeString('reason', { description: "WhatsApp's words, or the gateway's where WhatsApp gave none" }),
    until: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When WhatsApp said the limit ends; null when it did not say',
      resolve: (refusal) => (refusal.until === null ? null : new Date(refusal.until * 1000)),
    }),
  }),
});

const MessageAckEvent = eventType('message_ack').implement({
  description: 'A sent message moved on: sent, delivered, read, played or failed',
  interfaces: [GatewayEventInterface],
  fields: (t) => ({
    id: t.string({ resolve: (e) => e.data.id }),
    chatId: t.string({ resolve: (e) => e.data.chatId }),
    ack: t.int({ resolve: (e) => e.data.ack }),
    status: t.field({ type: DeliveryStatusEnum, resolve: (e) => e.data.status }),
    refused: t.field({
      type: LimitRefusalType,
      nullable: true,
      description:
        "With a failed ack: WhatsApp refused the message as over its limit on new contacts (the recipient's error is ACCOUNT_LIMITED)",
      resolve: (e) => e.data.refused ?? null,
    }),
    timestamp: t.field(emittedAt),
  }),
});

/**
 * The events of these names of `session` (or, for `*`, of every session the caller may use) as they
 * happen. A subscriber to `qr` first gets the QR code on screen now, if any, rather than waiting up to a
 * refresh for the next one.
 */
export function eventsOf<K extends EventName>(context: GraphQLContext, session: string, names: readonly K[]): AsyncIterable<EventOf<K>> {
  const caller = callerOf(context);
  const heard = (name: string) => caller !== undefined && hears(caller, session, name);
  const live = pipe(
    context.services.bus.subscribe(),
    filter((e: GatewayEvent): e is EventOf<K> => heard(e.session) && (names as readonly EventName[]).includes(e.event)),
  );
  const replaysQr = (names as readonly EventName[]).includes('qr');
  // A Repeater, not an async generator: a client leaving must end the subscription at once, not when the
  // next event arrives.
  return new Repeater<EventOf<K>>(async (push, stop) => {
    const events = live[Symbol.asyncIterator]();
    void stop.then(() => events.return?.());
    // Asking for the first live event subscribes, so nothing published from here on is lost; only then is
    // the subscription counted as listening.
    const first = events.next();
    const listening = context.services.metrics.eventSubscriptions.labels({ session });
    listening.inc();
    try {
      if (replaysQr)
        for (const [name] of context.services.openSessions.states()) {
          const qr = heard(name) ? context.services.openSessions.pairingQr(name) : undefined;
          if (qr) await push(qr as EventOf<K>);
        }
      for (let result = await first; !result.done; result = await events.next()) await push(result.value);
    } finally {
      listening.dec();
    }
    stop();
  });
}

type SubscriptionFields = Parameters<Parameters<typeof builder.subscriptionFields>[0]>[0];
type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** The subscription to one session's events of kind `event`, each as its own type. */
export const subscriptionTo = <K extends EventName>(t: SubscriptionFields, type: ObjectRef<Types, EventOf<K>>, event: K) =>
  t.field({
    type,
    args: listenedSessionArgs,
    subscribe: (_r, { session }, ctx) => eventsOf(ctx, session, [event]),
    // Each event is its own type's value; Pothos's resolver type cannot be followed through a generic kind.
    resolve: (e) => e as never,
  });

builder.subscriptionFields((t) => ({
  qr: subscriptionTo(t, QrEvent, 'qr'),
  pairingCode: subscriptionTo(t, PairingCodeEvent, 'pairing_code'),
  authenticated: subscriptionTo(t, AuthenticatedEvent, 'authenticated'),
  ready: subscriptionTo(t, ReadyEvent, 'ready'),
  disconnected: subscriptionTo(t, DisconnectedEvent, 'disconnected'),
  stateChange: subscriptionTo(t, StateChangeEvent, 'state_change'),
  message: subscriptionTo(t, MessageEvent, 'message'),
  messageAck: subscriptionTo(t, MessageAckEvent, 'message_ack'),
  events: t.field({
    type: GatewayEventInterface,
    description: 'Every event (or those named in `types`), as one tagged type',
    args: { types: t.arg({ type: [EventNameEnum], required: false }), ...listenedSessionArgs },
    subscribe: (_r, { types, session }, ctx) => eventsOf(ctx, session, types?.length ? types : (Object.keys(typeNames) as EventName[])),
    resolve: (e) => e,
  }),
}));
