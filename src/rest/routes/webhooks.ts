import { createWebhookInput, updateWebhookInput } from '../../webhooks/webhook-inputs.js';
import type { RestRoute } from '../rest-route.js';
import { asInput, byId, deliveriesOf, deliveriesQuery } from './route-variables.js';

const WEBHOOK_FIELDS = 'id url sessions events enabled ordering concurrency disabledReason failingSince createdAt updatedAt';
const DELIVERY_FIELDS =
  'id webhookId eventId event state payload attempts createdAt nextAttemptAt lastAttemptAt deliveredAt lastStatusCode lastError attemptLog { attemptedAt statusCode durationMs error }';

/** Webhooks: a session key manages its session's, the admin key every one. */
export const webhookRoutes: RestRoute[] = [
  {
    method: 'GET',
    path: '/api/webhooks',
    tag: 'Webhooks',
    summary: 'The registered webhooks (their secrets are never shown again)',
    operation: `query Webhooks { webhooks { ${WEBHOOK_FIELDS} } }`,
    reply: { keepNulls: true },
  },
  {
    method: 'POST',
    path: '/api/webhooks',
    tag: 'Webhooks',
    summary: 'Register a webhook; the answer carries its signing secret, the one time it is shown',
    operation: `mutation CreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { ${WEBHOOK_FIELDS} } } }`,
    body: createWebhookInput,
    variables: asInput,
    reply: { message: 'Webhook created; keep its secret now, it is not shown again', keepNulls: true },
  },
  {
    method: 'PUT',
    path: '/api/webhooks/:id',
    tag: 'Webhooks',
    summary: "Change a webhook's URL, sessions, events, secret, enabled flag or ordering",
    operation: `mutation UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) { updateWebhook(id: $id, input: $input) { ${WEBHOOK_FIELDS} } }`,
    body: updateWebhookInput,
    variables: (body, params) => ({ id: params.id, input: body }),
    failures: [404],
    reply: { message: 'Webhook updated', keepNulls: true },
  },
  {
    method: 'DELETE',
    path: '/api/webhooks/:id',
    tag: 'Webhooks',
    summary: 'Delete a webhook with its undelivered events',
    operation: 'mutation DeleteWebhook($id: ID!) { deleteWebhook(id: $id) { message } }',
    variables: byId,
    failures: [404],
    reply: { form: 'message' },
  },
  {
    method: 'GET',
    path: '/api/webhooks/:id/deliveries',
    tag: 'Webhooks',
    summary: "A webhook's deliveries, newest first, with every attempt (status code, duration, error)",
    operation: `query WebhookDeliveries($id: ID!, $first: Int, $state: String) { webhookDeliveries(id: $id, first: $first, state: $state) { ${DELIVERY_FIELDS} } }`,
    query: deliveriesQuery,
    variables: deliveriesOf,
    failures: [404],
    reply: { keepNulls: true },
  },
  {
    method: 'POST',
    path: '/api/webhooks/deliveries/:id/redeliver',
    tag: 'Webhooks',
    summary: "Send a delivery's event again: same event id and body, a fresh signature",
    operation: `mutation Redeliver($id: ID!) { redeliver(deliveryId: $id) { ${DELIVERY_FIELDS} } }`,
    variables: byId,
    failures: [404],
    reply: { message: 'Delivery queued again', keepNulls: true },
  },
];
