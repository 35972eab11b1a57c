import { createEventSinkInput, updateEventSinkInput } from '../../webhooks/event-sink-inputs.js';
import type { RestRoute } from '../rest-route.js';
import { asInput, byId, byIdWithInput, deliveriesOf, deliveriesQuery } from './route-variables.js';

const SINK_FIELDS = 'id type url target sessions events enabled disabledReason failingSince createdAt updatedAt';
const DELIVERY_FIELDS =
  'id sinkId eventId event state payload attempts createdAt nextAttemptAt lastAttemptAt deliveredAt lastError attemptLog { attemptedAt durationMs error }';

/** Event sinks, managed with the admin key; every answer masks the broker's password. */
export const eventSinkRoutes: RestRoute[] = [
  {
    method: 'GET',
    path: '/api/event-sinks',
    tag: 'Event sinks',
    summary: 'The event sinks (RabbitMQ, NATS JetStream, MQTT), their URLs masked',
    operation: `query EventSinks { eventSinks { ${SINK_FIELDS} } }`,
    reply: { keepNulls: true },
  },
  {
    method: 'POST',
    path: '/api/event-sinks',
    tag: 'Event sinks',
    summary: 'Register an event sink: the events it asks for are published to its broker, at least once and in order',
    operation: `mutation CreateEventSink($input: CreateEventSinkInput!) { createEventSink(input: $input) { ${SINK_FIELDS} } }`,
    body: createEventSinkInput,
    variables: asInput,
    reply: { message: 'Event sink created', keepNulls: true },
  },
  {
    method: 'GET',
    path: '/api/event-sinks/:id',
    tag: 'Event sinks',
    summary: 'One event sink, its URL masked',
    operation: `query EventSink($id: ID!) { eventSink(id: $id) { ${SINK_FIELDS} } }`,
    variables: byId,
    failures: [404],
    reply: { keepNulls: true },
  },
  {
    method: 'PUT',
    path: '/api/event-sinks/:id',
    tag: 'Event sinks',
    summary: "Change an event sink's type, URL, target, sessions, events or enabled flag",
    operation: `mutation UpdateEventSink($id: ID!, $input: UpdateEventSinkInput!) { updateEventSink(id: $id, input: $input) { ${SINK_FIELDS} } }`,
    body: updateEventSinkInput,
    variables: byIdWithInput,
    failures: [404],
    reply: { message: 'Event sink updated', keepNulls: true },
  },
  {
    method: 'DELETE',
    path: '/api/event-sinks/:id',
    tag: 'Event sinks',
    summary: 'Delete an event sink with its unpublished events',
    operation: 'mutation DeleteEventSink($id: ID!) { deleteEventSink(id: $id) { message } }',
    variables: byId,
    failures: [404],
    reply: { form: 'message' },
  },
  {
    method: 'GET',
    path: '/api/event-sinks/:id/deliveries',
    tag: 'Event sinks',
    summary: "An event sink's deliveries, newest first, with every attempt (duration, error)",
    operation: `query EventSinkDeliveries($id: ID!, $first: Int, $state: String) { eventSinkDeliveries(id: $id, first: $first, state: $state) { ${DELIVERY_FIELDS} } }`,
    query: deliveriesQuery,
    variables: deliveriesOf,
    failures: [404],
    reply: { keepNulls: true },
  },
];
