import { gatewayEventNames, type GatewayEvent } from '../events/event-bus.js';

/**
 * What a webhook may ask for: every event of the raw stream, plus `campaign_completed`, raised once when a
 * campaign's run ends (completed, or failed) with the same data as that last `campaign_progress`.
 */
export const webhookEventNames = [...gatewayEventNames, 'campaign_completed'] as const;
export type WebhookEventName = (typeof webhookEventNames)[number];

/** Subscribes a webhook to every event, present and future. */
export const ALL_EVENTS = '*';

const runEnded: readonly string[] = ['completed', 'failed'];

/** The webhook event names one gateway event is delivered as. */
export function webhookNamesOf(event: GatewayEvent): WebhookEventName[] {
  if (event.event === 'campaign_progress' && !event.data.recipient && runEnded.includes(event.data.status)) {
    return ['campaign_progress', 'campaign_completed'];
  }
  return [event.event];
}

export const wants = (events: readonly string[], name: WebhookEventName) => events.includes(ALL_EVENTS) || events.includes(name);
