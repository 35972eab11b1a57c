import { createPubSub, type PubSubEventTarget } from '@graphql-yoga/subscription';
import type { AccountLimit } from './domain/account-limit.js';
import type { CampaignProgress } from './domain/campaign-progress.js';
import type { DriverEventMap } from './domain/driver-events.js';
import type { GatewayEventName } from './domain/event-names.js';
import type { EventSinkDisabled } from './domain/event-sink-disabled.js';
import type { WebhookDisabled } from './domain/webhook-disabled.js';

/** Everything the gateway announces: the drivers' events and its own, one payload per documented name. */
export interface GatewayEventMap extends DriverEventMap {
  campaign_progress: CampaignProgress;
  webhook_disabled: WebhookDisabled;
  event_sink_disabled: EventSinkDisabled;
  /** WhatsApp began limiting the session's messages to new contacts (or moved the limit's end). */
  session_limited: AccountLimit;
}

/** An event, stamped with the session it came from and when the gateway saw it. */
export type GatewayEvent = {
  [K in GatewayEventName]: { event: K; session: string; timestamp: Date; data: GatewayEventMap[K] };
}[GatewayEventName];

/**
 * The unit of work of the change that raised an event, as the store hands it out. The bus only passes it
 * from the change to the recorders, so it stays opaque here: the store's own types never reach the base.
 */
export interface Transaction {
  readonly __transaction: unique symbol;
}

/**
 * Keeps an event that must survive the process (the webhook outbox), in the transaction of the change that
 * raised it when one is given, else in one of its own.
 */
export type EventRecorder = (event: GatewayEvent, transaction?: Transaction) => Promise<void>;

type Topics = Record<string, [GatewayEvent]>;

/** Where the events of every node of a cluster meet (a Redis channel); a single gateway keeps them in memory. */
export interface SharedEvents {
  target: PubSubEventTarget<Topics>;
  topic: string;
}

/**
 * Events as they cross between nodes: JSON, with the dates (an event's timestamp, a campaign's times)
 * arriving as dates again.
 */
export const eventSerializer = {
  stringify: (message: unknown): string =>
    JSON.stringify(message, function (this: Record<string, unknown>, key, value: unknown) {
      const raw = this[key];
      return raw instanceof Date ? { $date: raw.toISOString() } : value;
    }),
  parse: (message: string): unknown =>
    JSON.parse(message, (_key, value: unknown) =>
      value !== null &&
      typeof value === 'object' &&
      Object.keys(value).length === 1 &&
      typeof (value as { $date?: unknown }).$date === 'string'
        ? new Date((value as { $date: string }).$date)
        : value,
    ),
};

/**
 * The one typed stream of everything that happens. GraphQL subscriptions and the raw WebSocket read what
 * is published, on this node and, in a cluster, on every other; webhooks read what is recorded, which
 * happens first, durably, so a crash between a change and its announcement loses no delivery.
 */
export class EventBus {
  readonly #pubSub: ReturnType<typeof createPubSub<Topics>>;
  /** What this node raised itself; the same stream as #pubSub unless the events are shared. */
  readonly #localPubSub: ReturnType<typeof createPubSub<Topics>>;
  readonly #recorders: EventRecorder[] = [];
  readonly #topic: string;

  constructor(shared?: SharedEvents) {
    this.#localPubSub = createPubSub<Topics>();
    this.#pubSub = shared ? createPubSub<Topics>({ eventTarget: shared.target }) : this.#localPubSub;
    this.#topic = shared?.topic ?? 'events';
  }

  addRecorder(recorder: EventRecorder): void {
    this.#recorders.push(recorder);
  }

  /** Records the event durably; call it before the change commits (with its transaction) or before publish. */
  async record(event: GatewayEvent, transaction?: Transaction): Promise<void> {
    for (const recorder of this.#recorders) await recorder(event, transaction);
  }

  /** Announces the event to live subscribers; call it once what it describes is stored. */
  publish(event: GatewayEvent): void {
    this.#pubSub.publish(this.#topic, event);
    if (this.#localPubSub !== this.#pubSub) this.#localPubSub.publish(this.#topic, event);
  }

  /** Every event, from every node of a cluster, each once. */
  subscribe(): AsyncIterable<GatewayEvent> {
    return this.#pubSub.subscribe(this.#topic);
  }

  /** The events this node raised: what its own metrics count. */
  subscribeLocal(): AsyncIterable<GatewayEvent> {
    return this.#localPubSub.subscribe(this.#topic);
  }
}
