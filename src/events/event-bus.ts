import { createPubSub } from '@graphql-yoga/subscription';
import type { EntityManager } from '../db/orm.js';
import type { DriverEventMap } from '../whatsapp/driver-events.js';
import type { CampaignProgress } from './campaign-progress.js';
import type { WebhookDisabled } from './webhook-disabled.js';

/** Everything the gateway announces: the drivers' events and its own. */
export interface GatewayEventMap extends DriverEventMap {
  campaign_progress: CampaignProgress;
  webhook_disabled: WebhookDisabled;
}
export type GatewayEventName = keyof GatewayEventMap;

/** The documented event names, in the order the reference lists them. */
export const gatewayEventNames = [
  'qr',
  'authenticated',
  'ready',
  'disconnected',
  'state_change',
  'message',
  'message_ack',
  'campaign_progress',
  'webhook_disabled',
] as const satisfies readonly GatewayEventName[];

/** An event, stamped with the session it came from and when the gateway saw it. */
export type GatewayEvent = {
  [K in GatewayEventName]: { event: K; session: string; timestamp: Date; data: GatewayEventMap[K] };
}[GatewayEventName];

/**
 * Keeps an event that must survive the process (the webhook outbox), in the transaction of the change that
 * raised it when one is given, else in one of its own.
 */
export type EventRecorder = (event: GatewayEvent, em?: EntityManager) => Promise<void>;

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

  /** Records the event durably; call it before the change commits (with its EntityManager) or before publish. */
  async record(event: GatewayEvent, em?: EntityManager): Promise<void> {
    for (const recorder of this.#recorders) await recorder(event, em);
  }

  /** Announces the event to live subscribers; call it once what it describes is stored. */
  publish(event: GatewayEvent): void {
    this.#pubSub.publish('event', event);
  }

  subscribe(): AsyncIterable<GatewayEvent> {
    return this.#pubSub.subscribe('event');
  }
}
