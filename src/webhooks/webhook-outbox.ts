import { randomUUID } from 'node:crypto';
import type { Database, EntityManager } from '../db/orm.js';
import { entityManagerOf } from '../db/transaction.js';
import { coversSession } from '../domain/caller.js';
import { wantsEvent, type WebhookEventName } from '../domain/event-names.js';
import type { GatewayEvent, Transaction } from '../events.js';
import { laneOf } from './event-lane.js';
import { webhookNamesOf } from './webhook-events.js';
import type { EnabledWebhook, NewDelivery, WebhookStore } from './webhook-store.js';

/** The raw stream's `data` for an event, so a webhook body carries exactly what a socket frame does. */
export type FrameData = (event: GatewayEvent) => Promise<Record<string, unknown>>;

/**
 * Writes each event the enabled webhooks want (of a session they listen to) to the outbox, one delivery per
 * webhook, with its body fixed now: `{id, event, session, timestamp, data}`. It runs in the transaction of the change that raised the event when
 * there is one, so the change and its deliveries commit (or not) together.
 */
export class WebhookOutbox {
  constructor(
    private readonly db: Database,
    private readonly store: WebhookStore,
    private readonly frameData: FrameData,
  ) {}

  async record(event: GatewayEvent, transaction?: Transaction): Promise<void> {
    const em = transaction && entityManagerOf(transaction);
    const webhooks = (await this.store.enabled(em)).filter((webhook) => coversSession(webhook.sessions, event.session));
    const wanted = webhookNamesOf(event)
      .map((name) => ({ name, wanting: webhooks.filter((webhook) => wantsEvent(webhook.events, name)) }))
      .filter(({ wanting }) => wanting.length > 0);
    // Most events are wanted by no webhook: they cost no transaction of their own.
    if (wanted.length === 0) return;
    if (em) await this.#write(event, wanted, em);
    else await this.db.em.fork().transactional((own) => this.#write(event, wanted, own));
  }

  async #write(
    event: GatewayEvent,
    wanted: Array<{ name: WebhookEventName; wanting: EnabledWebhook[] }>,
    em: EntityManager,
  ): Promise<void> {
    const data = await this.frameData(event);
    const lane = laneOf(event);
    const deliveries: NewDelivery[] = [];
    for (const { name, wanting } of wanted) {
      const eventId = randomUUID();
      const payload = JSON.stringify({ id: eventId, event: name, session: event.session, timestamp: event.timestamp.toISOString(), data });
      for (const webhook of wanting) deliveries.push({ webhookId: webhook.id, eventId, event: name, payload, lane });
    }
    await this.store.enqueue(em, deliveries);
  }
}
