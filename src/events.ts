import { createPubSub } from '@graphql-yoga/subscription';
import type { CampaignProgress } from './domain/campaign-progress.js';
import type { DriverEventMap } from './domain/driver-events.js';
import type { GatewayEventName } from './domain/event-names.js';
import type { WebhookDisabled } from './domain/webhook-disabled.js';

/** Everything the gateway announces: the drivers' events and its own, one payload per documented name. */
export interface GatewayEventMap extends DriverEventMap {
  campaign_progress: CampaignProgress;
  webhook_disabled: WebhookDisabled;
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

/**
 * The one typed stream of everything that happens. GraphQL subscriptions and the raw WebSocket read what
 * is published; webhooks read what is recorded, which happens first, durably, so a crash between a change
 * and its announcement loses no delivery.
 */
export class EventBus {
  readonly #pubSub = createPubSub<{ event: [GatewayEvent] }>();
  readonly #recorders: EventRecorder[] = [];

  addRecorder(recorder: EventRecorder): void {
    this.#recorders.push(recorder);
  }

  /** Records the event durably; call it before the change commits (with its transaction) or before publish. */
  async record(event: GatewayEvent, transaction?: Transaction): Promise<void> {
    for (const recorder of this.#recorders) await recorder(event, transaction);
  }

  /** Announces the event to live subscribers; call it once what it describes is stored. */
  publish(event: GatewayEvent): void {
    this.#pubSub.publish('event', event);
  }

  subscribe(): AsyncIterable<GatewayEvent> {
    return this.#pubSub.subscribe('event');
  }
}
