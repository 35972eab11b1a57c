import type { ObjectFieldBuilder } from '@pothos/core';
import { z } from 'zod';
import type { WebhookAttemptRecord } from '../../db/entities/webhook-attempt-record.js';
import type { WebhookRecord } from '../../db/entities/webhook-record.js';
import { deliveryStates } from '../../domain/delivery-states.js';
import { createWebhookInput, deliveryId, deliveryStateInput, updateWebhookInput, webhookId } from '../../webhooks/webhook-inputs.js';
import type { DeliveryWithAttempts } from '../../webhooks/webhook-store.js';
import { ALL_SESSIONS } from '../../domain/caller.js';
import { builder } from '../builder.js';
import { zodInputFields } from '../zod-input-fields.js';
import { requireCaller } from '../context.js';
import { sessionArgs, sessionValue } from '../session-argument.js';
import { pageSize } from '../page-args.js';
import { emittedAt, eventType, GatewayEventInterface } from './events.js';
import { ALL_EVENTS } from '../../domain/event-names.js';

export const DeliveryStateEnum = builder.enumType('WebhookDeliveryState', {
  description: '`pending`: waiting for its (next) attempt; `delivered`: answered 2xx; `dead`: given up on',
  values: deliveryStates,
});

const WebhookType = builder.objectRef<WebhookRecord>('Webhook').implement({
  description: 'A receiver of events, POSTed as they happen and signed with its secret (never shown again after creation)',
  fields: (t) => ({
    id: t.exposeInt('id'),
    url: t.exposeString('url'),
    sessions: t.exposeStringList('sessions', { description: `The sessions whose events it gets, or "${ALL_SESSIONS}" for every session` }),
    events: t.exposeStringList('events', { description: `Event names, or "${ALL_EVENTS}" for every event` }),
    enabled: t.exposeBoolean('enabled'),
    ordering: t.exposeString('ordering', {
      description:
        '"webhook": its deliveries go one at a time, in the order the events were raised; "per-chat": each chat\'s in order, several chats at once',
    }),
    concurrency: t.exposeInt('concurrency', { description: 'With per-chat ordering, how many chats get deliveries at once' }),
    disabledReason: t.exposeString('disabledReason', { nullable: true, description: 'Why the gateway disabled it, when it did' }),
    failingSince: t.expose('failingSince', {
      type: 'DateTime',
      nullable: true,
      description: 'The first failed attempt since the last success',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const CreatedWebhookType = builder.objectRef<{ webhook: WebhookRecord; secret: string }>('CreatedWebhook').implement({
  fields: (t) => ({
    webhook: t.expose('webhook', { type: WebhookType }),
    secret: t.exposeString('secret', { description: 'The signing secret; shown this once, so keep it now' }),
  }),
});

export const WebhookAttemptType = builder.objectRef<WebhookAttemptRecord>('WebhookAttempt').implement({
  fields: (t) => ({
    attemptedAt: t.expose('attemptedAt', { type: 'DateTime' }),
    statusCode: t.exposeInt('statusCode', { nullable: true, description: "The receiver's answer; null when none came" }),
    durationMs: t.exposeInt('durationMs'),
    error: t.exposeString('error', { nullable: true }),
  }),
});

/**
 * The fields every outbox delivery shows, whether a webhook POSTs it or a sink publishes it; each type
 * says in its own words what its event id and payload are to its receiver.
 */
export function outboxDeliveryFields(
  t: ObjectFieldBuilder<typeof builder.$inferSchemaTypes, DeliveryWithAttempts>,
  words: { eventId: string; payload: string; deliveredAt: string },
) {
  return {
    eventId: t.exposeString('eventId', { description: words.eventId }),
    event: t.exposeString('event'),
    state: t.field({ type: DeliveryStateEnum, resolve: (d) => d.state }),
    payload: t.field({
      type: 'JSONObject',
      description: words.payload,
      resolve: (d) => JSON.parse(d.payload) as Record<string, unknown>,
    }),
    attempts: t.exposeInt('attempts'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    nextAttemptAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When a pending delivery is tried next',
      resolve: (d) => (d.state === 'pending' ? d.nextAttemptAt : null),
    }),
    lastAttemptAt: t.expose('lastAttemptAt', { type: 'DateTime', nullable: true }),
    deliveredAt: t.expose('deliveredAt', { type: 'DateTime', nullable: true, description: words.deliveredAt }),
    lastError: t.exposeString('lastError', { nullable: true }),
    attemptLog: t.expose('attemptLog', { type: [WebhookAttemptType], description: 'Every attempt, oldest first' }),
  };
}

const WebhookDeliveryType = builder.objectRef<DeliveryWithAttempts>('WebhookDelivery').implement({
  description: 'One event for one webhook, from the outbox',
  fields: (t) => ({
    id: t.exposeInt('id', { description: 'Pass it to redeliver' }),
    webhookId: t.exposeInt('webhookId'),
    ...outboxDeliveryFields(t, {
      eventId: 'The X-WaQtor-Delivery header: the same for every webhook and every redelivery of the event',
      payload: 'The body POSTed: {id, event, timestamp, data}',
      deliveredAt: 'When the receiver answered 2xx',
    }),
    lastStatusCode: t.exposeInt('lastStatusCode', { nullable: true }),
  }),
});

const WebhookDeletionType = builder.objectRef<{ id: number }>('WebhookDeletion').implement({
  fields: (t) => ({
    id: t.exposeInt('id'),
    message: t.string({ resolve: () => 'Webhook deleted successfully' }),
  }),
});

const CreateWebhookInput = builder.inputType('CreateWebhookInput', {
  fields: (t) => zodInputFields(t, createWebhookInput),
});

const UpdateWebhookInput = builder.inputType('UpdateWebhookInput', {
  description: 'The fields to change; the others stay',
  fields: (t) => zodInputFields(t, updateWebhookInput),
});

export const MAX_PAGE = 500;

builder.queryFields((t) => ({
  webhooks: t.field({
    type: [WebhookType],
    description: 'The webhooks that get the session’s events, oldest first',
    args: sessionArgs,
    resolve: (_r, { session }, { services }) => services.webhooks.list(session),
  }),
  webhookDeliveries: t.field({
    type: [WebhookDeliveryType],
    description: "A webhook's deliveries, newest first, with every attempt",
    args: t.validate(
      {
        id: t.arg.id({ required: true, description: 'The webhook' }),
        first: t.arg.int({ defaultValue: 50 }),
        state: t.arg.string({ description: `Only deliveries in this state: ${deliveryStates.join(', ')}` }),
        ...sessionArgs,
      },
      z.object({
        id: webhookId,
        first: pageSize(MAX_PAGE),
        state: deliveryStateInput.nullish(),
        session: sessionValue,
      }),
    ),
    resolve: (_r, { id, first, state, session }, { services }) =>
      services.webhooks.deliveries(session, id, { first: first ?? 50, state: state ?? undefined }),
  }),
}));

builder.mutationFields((t) => ({
  createWebhook: t.field({
    type: CreatedWebhookType,
    description: 'Registers a webhook; the answer carries its secret, the one time it is shown',
    args: t.validate(
      { input: t.arg({ type: CreateWebhookInput, required: true }), ...sessionArgs },
      z.object({ input: createWebhookInput, session: sessionValue }),
    ),
    resolve: (_r, { input, session }, ctx) => ctx.services.webhooks.create(session, requireCaller(ctx), input),
  }),
  updateWebhook: t.field({
    type: WebhookType,
    args: t.validate(
      { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateWebhookInput, required: true }), ...sessionArgs },
      z.object({ id: webhookId, input: updateWebhookInput, session: sessionValue }),
    ),
    resolve: (_r, { id, input, session }, ctx) => ctx.services.webhooks.update(session, requireCaller(ctx), id, input),
  }),
  deleteWebhook: t.field({
    type: WebhookDeletionType,
    description: 'Deletes a webhook with its outbox: what was not delivered yet never will be',
    args: t.validate({ id: t.arg.id({ required: true }), ...sessionArgs }, z.object({ id: webhookId, session: sessionValue })),
    resolve: async (_r, { id, session }, ctx) => {
      await ctx.services.webhooks.delete(session, requireCaller(ctx), id);
      return { id };
    },
  }),
  redeliver: t.field({
    type: WebhookDeliveryType,
    description: "Sends a delivery's event again (same event id and body, a fresh signature), behind the webhook's queue",
    args: t.validate({ deliveryId: t.arg.id({ required: true }), ...sessionArgs }, z.object({ deliveryId, session: sessionValue })),
    resolve: async (_r, { deliveryId: id, session }, ctx) =>
      Object.assign(await ctx.services.webhooks.redeliver(session, requireCaller(ctx), id), { attemptLog: [] }),
  }),
}));

eventType('webhook_disabled').implement({
  description: 'The gateway stopped delivering to a webhook whose every attempt failed for WEBHOOK_MAX_AGE_MS',
  interfaces: [GatewayEventInterface],
  fields: (t) => ({
    webhookId: t.int({ resolve: (e) => e.data.webhookId }),
    url: t.string({ resolve: (e) => e.data.url }),
    reason: t.string({ resolve: (e) => e.data.reason }),
    timestamp: t.field(emittedAt),
  }),
});
