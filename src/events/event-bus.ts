import { createPubSub } from '@graphql-yoga/subscription';
import type { DriverEventMap, EventName } from '../whatsapp/driver-events.js';

/** A driver event, stamped with the session it came from and when the gateway saw it. */
export type GatewayEvent = {
  [K in EventName]: { event: K; session: string; timestamp: Date; data: DriverEventMap[K] };
}[EventName];

/**
 * The one typed stream of everything that happens. GraphQL subscriptions read it; the raw WebSocket and
 * webhooks are views of the `events` subscription over it.
 */
export class EventBus {
  readonly #pubSub = createPubSub<{ event: [GatewayEvent] }>();

  publish(event: GatewayEvent): void {
    this.#pubSub.publish('event', event);
  }

  subscribe(): AsyncIterable<GatewayEvent> {
    return this.#pubSub.subscribe('event');
  }
}
