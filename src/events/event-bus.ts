import { createPubSub } from '@graphql-yoga/subscription';
import type { DriverEventMap } from '../whatsapp/driver-events.js';
import type { CampaignProgress } from './campaign-progress.js';

/** Everything the gateway announces: the drivers' events and its own. */
export interface GatewayEventMap extends DriverEventMap {
  campaign_progress: CampaignProgress;
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
] as const satisfies readonly GatewayEventName[];

/** An event, stamped with the session it came from and when the gateway saw it. */
export type GatewayEvent = {
  [K in GatewayEventName]: { event: K; session: string; timestamp: Date; data: GatewayEventMap[K] };
}[GatewayEventName];

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
