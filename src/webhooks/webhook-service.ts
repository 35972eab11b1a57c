import type { z } from 'zod';
import type { WebhookDeliveryRecord } from '../db/entities/webhook-delivery-record.js';
import type { WebhookRecord } from '../db/entities/webhook-record.js';
import { ALL_SESSIONS, coversSession, mayUseSession, notAuthorized, type Caller } from '../domain/caller.js';
import { badInput, notFound } from '../errors.js';
import type { Logger } from '../logger.js';
import type { DeliveryState } from '../domain/delivery-states.js';
import { allowPrivateHint, privateAddressOf } from '../http/outbound.js';
import type { createWebhookInput, updateWebhookInput } from './webhook-inputs.js';
import { generateSecret } from './webhook-signature.js';
import type { DeliveryWithAttempts, WebhookChange, WebhookStore } from './webhook-store.js';
import type { WebhookWorker } from './webhook-worker.js';

type NewWebhookInput = z.output<typeof createWebhookInput>;
type WebhookUpdate = z.output<typeof updateWebhookInput>;

/** The webhook named in the configuration (WEBHOOK_URL), kept in step with it at every start. */
export interface ConfiguredWebhook {
  url: string;
  events: string[];
  secret: string;
}

/** Whether a webhook hears a session: it names it, or every session. */
const hearsSession = (webhook: WebhookRecord, session: string) => coversSession(webhook.sessions, session);

/** Whether the caller may change a webhook that hears these sessions: it must be allowed on each of them. */
const mayManage = (caller: Caller, sessions: readonly string[]) =>
  caller.kind === 'admin' || sessions.every((session) => session !== ALL_SESSIONS && mayUseSession(caller, session));

/**
 * Registering webhooks and reading (or replaying) their deliveries; delivering is the worker's. Each is
 * reached through a session it hears, and changed only by a caller allowed on every session it hears.
 */
export class WebhookService {
  constructor(
    private readonly store: WebhookStore,
    private readonly worker: WebhookWorker,
    private readonly settings: { allowPrivateUrls: boolean },
    private readonly logger: Logger,
  ) {}

  /** The webhooks that hear the session (those of every session too). */
  async list(session: string): Promise<WebhookRecord[]> {
    return (await this.store.list()).filter((webhook) => hearsSession(webhook, session));
  }

  async get(session: string, id: number): Promise<WebhookRecord> {
    const webhook = await this.store.find(id);
    return webhook?.kind === 'http' && hearsSession(webhook, session) ? webhook : this.#missing(id);
  }

  /** The new webhook and its secret: the one time the secret is shown. It hears `session` unless it names its own. */
  async create(session: string, caller: Caller, input: NewWebhookInput): Promise<{ webhook: WebhookRecord; secret: string }> {
    const sessions = input.sessions ?? [session];
    if (!mayManage(caller, sessions)) throw notAuthorized(caller);
    await this.#checkUrl(input.url);
    const secret = input.secret ?? generateSecret();
    const { url, events, enabled, ordering, concurrency } = input;
    const webhook = await this.store.create({ url, sessions, events, secret, enabled, ordering, concurrency });
    this.logger.info({ webhookId: webhook.id, sessions, events: webhook.events }, 'webhook registered');
    return { webhook, secret };
  }

  async update(session: string, caller: Caller, id: number, input: WebhookUpdate): Promise<WebhookRecord> {
    await this.#managed(session, caller, id);
    if (input.sessions && !mayManage(caller, input.sessions)) throw notAuthorized(caller);
    if (input.url) await this.#checkUrl(input.url);
    const change: WebhookChange = {
      ...(input.url && { url: input.url }),
      ...(input.sessions && { sessions: input.sessions }),
      ...(input.events && { events: input.events }),
      ...(input.secret && { secret: input.secret }),
      ...(typeof input.enabled === 'boolean' && { enabled: input.enabled }),
      ...(input.ordering && { ordering: input.ordering }),
      ...(input.concurrency && { concurrency: input.concurrency }),
    };
    const webhook = (await this.store.update(id, change)) ?? this.#missing(id);
    if (webhook.enabled) this.worker.wake();
    return webhook;
  }

  async delete(session: string, caller: Caller, id: number): Promise<void> {
    await this.#managed(session, caller, id);
    if (!(await this.store.delete(id))) this.#missing(id);
    this.logger.info({ webhookId: id }, 'webhook deleted');
  }

  async deliveries(session: string, id: number, options: { first: number; state?: DeliveryState }): Promise<DeliveryWithAttempts[]> {
    await this.get(session, id);
    return this.store.deliveries(id, options);
  }

  /** Queues the delivery's event again for its webhook: same event id and body, a fresh signature. */
  async redeliver(session: string, caller: Caller, deliveryId: number): Promise<WebhookDeliveryRecord> {
    const delivery = await this.store.findDelivery(deliveryId);
    const webhook = delivery && (await this.store.find(delivery.webhookId));
    if (!delivery || webhook?.kind !== 'http' || !hearsSession(webhook, session))
      throw notFound(`Webhook delivery ${deliveryId} not found`);
    if (!mayManage(caller, webhook.sessions)) throw notAuthorized(caller);
    const again = await this.store.redeliver(delivery);
    this.worker.wake();
    return again;
  }

  /** Registers the configured webhook (it hears every session), or brings the one already registered at its URL in step. */
  async configure(configured: ConfiguredWebhook): Promise<void> {
    await this.#checkUrl(configured.url);
    const existing = await this.store.findByUrl(configured.url);
    if (existing) await this.store.update(existing.id, { sessions: [ALL_SESSIONS], events: configured.events, secret: configured.secret });
    else await this.store.create({ ...configured, sessions: [ALL_SESSIONS], enabled: true });
    this.logger.info({ events: configured.events }, existing ? 'webhook from WEBHOOK_URL updated' : 'webhook from WEBHOOK_URL registered');
  }

  async #checkUrl(url: string): Promise<void> {
    const reserved = await privateAddressOf(new URL(url), this.settings.allowPrivateUrls);
    if (!reserved) return;
    const { host, address } = reserved;
    const problem = `url points to a private or reserved address (${host}${address === host ? '' : ` is ${address}`}); ${allowPrivateHint('WEBHOOK_ALLOW_PRIVATE_URLS')}`;
    throw badInput(problem, [{ path: ['input', 'url'], message: problem }]);
  }

  async #managed(session: string, caller: Caller, id: number): Promise<WebhookRecord> {
    const webhook = await this.get(session, id);
    if (!mayManage(caller, webhook.sessions)) throw notAuthorized(caller);
    return webhook;
  }

  #missing(id: number): never {
    throw notFound(`Webhook ${id} not found`);
  }
}
