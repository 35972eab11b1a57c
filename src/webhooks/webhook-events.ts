import type { WebhookEventName } from '../domain/event-names.js';
import type { GatewayEvent } from '../events.js';

const runEnded: readonly string[] = ['completed', 'failed'];

/** The webhook event names one gateway event is delivered as. */
export function webhookNamesOf(event: GatewayEvent): WebhookEventName[] {
  if (event.event === 'campaign_progress' && !event.data.recipient && runEnded.includes(event.data.status)) {
    return ['campaign_progress', 'campaign_completed'];
  }
  return [event.event];
}
