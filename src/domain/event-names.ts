/** The event names of the live stream (frames, subscriptions, webhooks), in the order they are documented. */
export const gatewayEventNames = [
  'qr',
  'pairing_code',
  'authenticated',
  'ready',
  'disconnected',
  'state_change',
  'dialog',
  'web_version',
  'message',
  'message_pending',
  'message_ack',
  'message_reaction',
  'message_edit',
  'message_revoke',
  'poll_vote',
  'story',
  'call',
  'chat_labels',
  'group_join',
  'group_leave',
  'group_update',
  'campaign_progress',
  'webhook_disabled',
  'event_sink_disabled',
  'session_limited',
] as const;
export type GatewayEventName = (typeof gatewayEventNames)[number];

/**
 * What a webhook may ask for: every event of the live stream, plus `campaign_completed`, raised once when a
 * campaign's run ends (completed, or failed) with the same data as that last `campaign_progress`.
 */
export const webhookEventNames = [...gatewayEventNames, 'campaign_completed'] as const;
export type WebhookEventName = (typeof webhookEventNames)[number];

/** Subscribes a webhook to every event, present and future. */
export const ALL_EVENTS = '*';

/** Whether a webhook subscribed to `events` wants an event named `name`. */
export const wantsEvent = (events: readonly string[], name: WebhookEventName) => events.includes(ALL_EVENTS) || events.includes(name);
