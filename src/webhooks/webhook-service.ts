import type { z } from 'zod';
import type { WebhookDeliveryRecord } from '../db/entities/webhook-delivery-record.js';
import type { WebhookRecord } from '../db/entities/webhook-record.js';
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

/** Registering webhooks and reading (or replaying) their deliveries; delivering is the worker's. */
export class WebhookService {
  constructor(
    private readonly store: WebhookStore,
    private readonly worker: WebhookWorker,
    private readonly settings: { allowPrivateUrls: boolean },
    private readonly logger: Logger,
  ) {}

  list(): Promise<WebhookRecord[]> {
    return this.store.list();
  }

  async get(id: number): Promise<WebhookRecord> {
    return (await this.store.find(id)) ?? this.#missing(id);
  }

  /** The new webhook and its secret: the one time the secret is shown. */
  async create(input: NewWebhookInput): Promise<{ webhook: WebhookRecord; secret: string }> {
    await this.#checkUrl(input.url);
    const secret = input.secret ?? generateSecret();
    const webhook = await this.store.create({ url: input.url, events: input.events, secret, enabled: input.enabled });
    this.logger.info({ webhookId: webhook.id, events: webhook.events }, 'webhook registered');
    return { webhook, secret };
  }

  async update(id: number, input: WebhookUpdate): Promise<WebhookRecord> {
    if (input.url) await this.#checkUrl(input.url);
    const change: WebhookChange = {
      ...(input.url && { url: input.url }),
      ...(input.events && { events: input.events }),
      ...(input.secret && { secret: input.secret }),
      ...(typeof input.enabled === 'boolean' && { enabled: input.enabled }),
    };
    const webhook = (await this.store.update(id, change)) ?? this.#missing(id);
    if (webhook.enabled) this.worker.wake();
    return webhook;
  }

  async delete(id: number): Promise<void> {
    if (!(await this.store.delete(id))) this.#missing(id);
    this.logger.info({ webhookId: id }, 'webhook deleted');
  }

  async deliveries(id: number, options: { first: number; state?: DeliveryState }): Promise<DeliveryWithAttempts[]> {
    await this.get(id);
    return this.store.deliveries(id, options);
  }

  /** Queues the delivery's event again for its webhook: same event id and body, a fresh signature. */
  async redeliver(deliveryId: number): Promise<WebhookDeliveryRecord> {
    const delivery = await this.store.findDelivery(deliveryId);
    if (!delivery) throw notFound(`Webhook delivery ${deliveryId} not found`);
    const again = await this.store.redeliver(delivery);
    this.worker.wake();
    return again;
  }

  /** Registers the configured webhook, or brings the one already registered at its URL in step. */
  async configure(configured: ConfiguredWebhook): Promise<void> {
    await this.#checkUrl(configured.url);
    const existing = await this.store.findByUrl(configured.url);
    if (existing) await this.store.update(existing.id, { events: configured.events, secret: configured.secret });
    else await this.store.create({ ...configured, enabled: true });
    this.logger.info({ events: configured.events }, existing ? 'webhook from WEBHOOK_URL updated' : 'webhook from WEBHOOK_URL registered');
  }

  async #checkUrl(url: string): Promise<void> {
    const reserved = await privateAddressOf(new URL(url), this.settings.allowPrivateUrls);
    if (!reserved) return;
    const { host, address } = reserved;
    const problem = `url points to a private or reserved address (${host}${address === host ? '' : ` is ${address}`}); ${allowPrivateHint('WEBHOOK_ALLOW_PRIVATE_URLS')}`;
    throw badInput(problem, [{ path: ['input', 'url'], message: problem }]);
  }

  #missing(id: number): never {
    throw notFound(`Webhook ${id} not found`);
  }
}
