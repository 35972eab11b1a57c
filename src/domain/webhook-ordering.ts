/**
 * How a webhook's deliveries keep their order: `webhook`, every delivery in the order the events were
 * raised, one at a time, a failing one holding all behind it; `per-chat`, each chat's deliveries in order
 * (and each session's events about no chat), chats side by side up to the webhook's concurrency, a failing
 * one holding only its own chat.
 */
export const webhookOrderings = ['webhook', 'per-chat'] as const;
export type WebhookOrdering = (typeof webhookOrderings)[number];

/** How many chats a per-chat webhook gets deliveries for at once, unless it says. */
export const DEFAULT_WEBHOOK_CONCURRENCY = 8;
export const MAX_WEBHOOK_CONCURRENCY = 64;
