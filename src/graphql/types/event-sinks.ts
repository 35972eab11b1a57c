import { z } from 'zod';
import { ALL_SESSIONS } from '../../domain/caller.js';
import { deliveryStates } from '../../domain/delivery-states.js';
import { ALL_EVENTS } from '../../domain/event-names.js';
import { eventSinkTypes } from '../../domain/event-sink-types.js';
import { createEventSinkInput, eventSinkId, updateEventSinkInput } from '../../webhooks/event-sink-inputs.js';
import type { EventSink } from '../../webhooks/event-sink-service.js';
import { deliveryStateInput } from '../../webhooks/webhook-inputs.js';
import type { DeliveryWithAttempts } from '../../webhooks/webhook-store.js';
import { builder } from '../builder.js';
import { pageSize } from '../page-args.js';
import { zodInputFields } from '../zod-input-fields.js';
import { emittedAt, eventType, GatewayEventInterface } from './events.js';
import { MAX_PAGE, outboxDeliveryFields } from './webhooks.js';

/*
 * Event sinks: brokers fed by the webhooks' outbox. None of these fields names a session, so each is the
 * admin key's alone.
 */

const EventSinkTypeEnum = builder.enumType('EventSinkType', {
  description: '`amqp`: a RabbitMQ topic exchange; `nats`: NATS JetStream subjects; `mqtt`: MQTT topics',
  values: eventSinkTypes,
});

const EventSinkObject = builder.objectRef<EventSink>('EventSink').implement({
  description: "A broker that gets events as they happen, from the outbox: at least once, in order; its URL's password is never shown",
  fields: (t) => ({
    id: t.exposeInt('id'),
    type: t.field({ type: EventSinkTypeEnum, resolve: (sink) => sink.type }),
    url: t.exposeString('url', { description: 'The broker, its password (or token) masked as ***' }),
    target: t.exposeString('target', {
      description: 'The topic exchange (amqp), the subject prefix (nats) or the topic prefix (mqtt) events are published to',
    }),
    sessions: t.exposeStringList('sessions', { description: `The sessions whose events it gets, or "${ALL_SESSIONS}" for every session` }),
    events: t.exposeStringList('events', { description: `Event names, or "${ALL_EVENTS}" for every event` }),
    enabled: t.exposeBoolean('enabled'),
    disabledReason: t.exposeString('disabledReason', { nullable: true, description: 'Why the gateway disabled it, when it did' }),
    failingSince: t.expose('failingSince', {
      type: 'DateTime',
      nullable: true,
      description: 'The first failed publish since the last success',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const EventSinkDeliveryType = builder.objectRef<DeliveryWithAttempts>('EventSinkDelivery').implement({
  description: 'One event for one event sink, from the outbox',
  fields: (t) => ({
    id: t.exposeInt('id'),
    sinkId: t.int({ resolve: (d) => d.webhookId }),
    ...outboxDeliveryFields(t, {
      eventId: 'The message id it is published with: the same for every sink and webhook',
      payload: 'The message published: {id, event, session, timestamp, data}, the body a webhook gets',
      deliveredAt: 'When the broker took it',
    }),
  }),
});

const EventSinkDeletionType = builder.objectRef<{ id: number }>('EventSinkDeletion').implement({
  fields: (t) => ({
    id: t.exposeInt('id'),
    message: t.string({ resolve: () => 'Event sink deleted successfully' }),
  }),
});

const CreateEventSinkInput = builder.inputType('CreateEventSinkInput', {
  fields: (t) => zodInputFields(t, createEventSinkInput, { type: EventSinkTypeEnum }),
});

const UpdateEventSinkInput = builder.inputType('UpdateEventSinkInput', {
  description: 'The fields to change; the others stay',
  fields: (t) => zodInputFields(t, updateEventSinkInput, { type: EventSinkTypeEnum }),
});

builder.queryFields((t) => ({
  eventSinks: t.field({
    type: [EventSinkObject],
    description: 'The event sinks, oldest first (admin key only)',
    resolve: (_r, _a, { services }) => services.eventSinks.list(),
  }),
  eventSink: t.field({
    type: EventSinkObject,
    description: 'One event sink (admin key only)',
    args: t.validate({ id: t.arg.id({ required: true }) }, z.object({ id: eventSinkId })),
    resolve: (_r, { id }, { services }) => services.eventSinks.get(id),
  }),
  eventSinkDeliveries: t.field({
    type: [EventSinkDeliveryType],
    description: "An event sink's deliveries, newest first, with every attempt (admin key only)",
    args: t.validate(
      {
        id: t.arg.id({ required: true, description: 'The event sink' }),
        first: t.arg.int({ defaultValue: 50 }),
        state: t.arg.string({ description: `Only deliveries in this state: ${deliveryStates.join(', ')}` }),
      },
      z.object({ id: eventSinkId, first: pageSize(MAX_PAGE), state: deliveryStateInput.nullish() }),
    ),
    resolve: (_r, { id, first, state }, { services }) =>
      services.eventSinks.deliveries(id, { first: first ?? 50, state: state ?? undefined }),
  }),
}));

builder.mutationFields((t) => ({
  createEventSink: t.field({
    type: EventSinkObject,
    description: 'Registers an event sink: every event it asks for from now on is published to its broker (admin key only)',
    args: t.validate({ input: t.arg({ type: CreateEventSinkInput, required: true }) }, z.object({ input: createEventSinkInput })),
    resolve: (_r, { input }, { services }) => services.eventSinks.create(input),
  }),
  updateEventSink: t.field({
    type: EventSinkObject,
    description: 'Changes an event sink; enabled: true resumes one the gateway disabled (admin key only)',
    args: t.validate(
      { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateEventSinkInput, required: true }) },
      z.object({ id: eventSinkId, input: updateEventSinkInput }),
    ),
    resolve: (_r, { id, input }, { services }) => services.eventSinks.update(id, input),
  }),
  deleteEventSink: t.field({
    type: EventSinkDeletionType,
    description: 'Deletes an event sink with its outbox: what was not published yet never will be (admin key only)',
    args: t.validate({ id: t.arg.id({ required: true }) }, z.object({ id: eventSinkId })),
    resolve: async (_r, { id }, { services }) => {
      await services.eventSinks.delete(id);
      return { id };
    },
  }),
}));

eventType('event_sink_disabled').implement({
  description: 'The gateway stopped publishing to an event sink whose every attempt failed for WEBHOOK_MAX_AGE_MS',
  interfaces: [GatewayEventInterface],
  fields: (t) => ({
    sinkId: t.int({ resolve: (e) => e.data.sinkId }),
    type: t.field({ type: EventSinkTypeEnum, resolve: (e) => e.data.type }),
    target: t.string({ resolve: (e) => e.data.target }),
    url: t.string({ description: 'The broker, its password masked', resolve: (e) => e.data.url }),
    reason: t.string({ resolve: (e) => e.data.reason }),
    timestamp: t.field(emittedAt),
  }),
});
